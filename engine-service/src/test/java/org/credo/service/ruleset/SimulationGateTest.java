package org.credo.service.ruleset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationGateTest {

    @Test
    void aSecondSimulationIsRefusedBusyWithRetryAfterUntilTheFirstLeaves() {
        var gate = new SimulationGate(60);
        SimulationGate.Pass first = gate.enter();
        assertThatThrownBy(gate::enter).isInstanceOfSatisfying(SimulationGate.Busy.class, busy -> {
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.toProblem().type()).isEqualTo("urn:credo:problem:simulation-busy");
            assertThat(busy.retryAfterSeconds()).isEqualTo(60);
        });
        first.close();
        try (SimulationGate.Pass next = gate.enter()) {
            assertThat(next).isNotNull();
        }
    }
}
