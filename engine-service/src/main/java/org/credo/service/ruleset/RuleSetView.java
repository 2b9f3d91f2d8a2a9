package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A version as the API shows it (without its bundle).
 *
 * @param deciding   whether this service instance decides with it right now
 * @param compiled   whether this service instance has it compiled (activating it here needs no compile)
 * @param validation {@code {"warnings": [problems]}}: what the compiler found that does not stop the version
 */
public record RuleSetView(String version, String name, String description, RuleSetState state, String author,
                          String approver, Instant createdAt, Instant approvedAt, Instant activatedAt,
                          Instant retiredAt, boolean deciding, boolean compiled,
                          JsonNode validation) {
}
