package org.credo.rules.credit;

/** The enterprise is on the seriously-dishonest list (严重失信主体名单) on asOf. */
public record SeriousListEntry(Ground ground) {
}
