package org.credo.rules.credit;

/** A penalty event that does not count toward criterion 3 under the temporary relief. */
public record Relief(String eventId) {
}
