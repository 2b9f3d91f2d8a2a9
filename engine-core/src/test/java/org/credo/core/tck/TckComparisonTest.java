package org.credo.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TckComparisonTest {

    @ParameterizedTest(name = "expected {0}, found {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10          | 10.0                 | true
            10          | 10.000000001         | false
            0.1         | 0.10000000001        | false
            0.03500     | 0.035                | true
            0.03500     | 0.035000001          | false
            54.59815003 | 54.598150033144236   | true
            54.59815003 | 54.59815004          | false
            562.707359373292 | 562.7073593732659271562143285576524 | true
            562.707359373292 | 562.70735939         | false
            """)
    void numbersAreExactUnlessTheSuiteWritesAnInexactResultWithEightOrMorePlaces(BigDecimal expected, BigDecimal actual,
                                                                       boolean same) {
        assertThat(TckComparison.sameNumber(expected, actual)).isEqualTo(same);
    }
}
