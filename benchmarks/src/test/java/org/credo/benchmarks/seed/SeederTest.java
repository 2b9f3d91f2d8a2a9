package org.credo.benchmarks.seed;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeding tool's declarations: valid enterprise codes, fresh ids, days within the year before the last day. */
class SeederTest {

    @Test
    void theCheckCharacterIsTheStandardsOne() {
        assertThat(Enterprises.withCheck("91350600MA2Y8K3F1")).isEqualTo("91350600MA2Y8K3F13");
    }

    @Test
    void enterpriseCodesAreDistinctAndTheSameOnEveryRun() {
        List<String> codes = Enterprises.codes(Seeder.ENTERPRISES);

        assertThat(new HashSet<>(codes)).hasSize(Seeder.ENTERPRISES);
        assertThat(codes).isEqualTo(Enterprises.codes(Seeder.ENTERPRISES)).allSatisfy(code ->
                assertThat(Enterprises.withCheck(code.substring(0, 17))).isEqualTo(code));
    }

    @Test
    void everyDeclarationOfARunHasItsOwnIdAndADayOfTheYearBefore() {
        var seeder = new Seeder(Seeder.Options.parse(new String[] {"--run-id", "T", "--last-day", "2026-11-26"}));

        String first = seeder.declaration(0);
        String later = seeder.declaration(366);
        assertThat(first).contains("\"declarationId\":\"SEED-T-0\"").contains("\"declarationDate\":\"2026-11-26\"");
        assertThat(later).contains("\"declarationId\":\"SEED-T-366\"");
        for (long n = 0; n < 2_000; n++) {
            String day = seeder.declaration(n).replaceAll(".*\"declarationDate\":\"([0-9-]+)\".*", "$1");
            assertThat(day).isBetween("2025-11-26", "2026-11-26");
        }
    }
}
