package org.credo.service.config;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneClockTest {

    @Test
    void theServiceClockKeepsTheConfiguredZoneNotTheHosts() {
        assertThat(new ZoneClock().clock(() -> ZoneId.of("Asia/Shanghai")).getZone())
                .isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(new ZoneClock().clock(() -> ZoneId.of("Europe/Lisbon")).getZone())
                .isEqualTo(ZoneId.of("Europe/Lisbon"));
    }
}
