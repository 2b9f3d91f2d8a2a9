package org.credo.rules.credit;

/** A finding not yet lifted by automatic restoration on asOf: it keeps the enterprise dishonest. */
public record ActiveFinding(Finding finding) {
}
