package org.credo.service.config;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneClockTest {

    @Test
    void theServiceClockKeepsTheConfiguredZoneNotTheHosts() {
        ZoneId configured = ZoneId.of("Asia/Shanghai");
        ZoneConfig zone = () -> configured;

        assertThat(new ZoneClock().clock(zone).getZone()).isEqualTo(configured);
        assertThat(new ZoneClock().clock(() -> ZoneId.of("Europe/Lisbon")).getZone())
                .isEqualTo(ZoneId.of("Europe/Lisbon"));
    }
}
