package org.credo.service.ruleset;

import java.time.Instant;

/**
 * A simulation checked and ready to run: the version stored, the range resolved and its decisions counted.
 *
 * @param decisions how many stored decisions the range held when it was planned (the job's progress total)
 */
public record SimulationPlan(String version, Instant from, Instant to, long decisions) {
}
