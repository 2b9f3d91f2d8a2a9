package org.credo.service.ruleset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationGateTest {

    @Test
    void aSimulationBeyondTheLimitIsRefusedBusyWithRetryAfterUntilOneLeaves() {
        var gate = new SimulationGate(2, 60);
        SimulationGate.Pass first = gate.enter();
        gate.enter();
        assertThatThrownBy(gate::enter).isInstanceOfSatisfying(SimulationGate.Busy.class, busy -> {
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.toProblem().type()).isEqualTo("urn:credo:problem:simulation-busy");
            assertThat(busy.retryAfterSeconds()).isEqualTo(60);
            assertThat(busy.getMessage()).contains("limit of 2");
        });
        first.close();
        first.close();
        try (SimulationGate.Pass next = gate.enter()) {
            assertThat(next).isNotNull();
            assertThatThrownBy(gate::enter).as("closing a pass twice lets only one more in")
                    .isInstanceOf(SimulationGate.Busy.class);
        }
    }
}
