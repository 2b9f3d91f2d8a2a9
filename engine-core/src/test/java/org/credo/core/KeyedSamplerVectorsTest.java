package org.credo.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Selection vectors computed outside Credo, so that an auditor's recomputation and Credo's code are shown to agree:
 * the MAC with OpenSSL, the draw with Python's exact decimals, under the embedded default's demo key.
 *
 * <pre>
 * mac=$(printf '%s' "$subject" | openssl dgst -sha256 -hmac credo-demo-sampling-key-not-secret | awk '{print $NF}')
 * python3 -c "from decimal import *; getcontext().prec=80; print(Decimal(int('$mac'[:16],16)>>11)/Decimal(2**53))"
 * </pre>
 */
class KeyedSamplerVectorsTest {
    private static final KeyedSampler DEMO = new KeyedSampler("demo-2026",
            "credo-demo-sampling-key-not-secret".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DECL-2026-000001 | 0.90405963355366669720325489834067411720752716064453125
            DECL-2026-000002 | 0.49490846398264209948791858550976030528545379638671875
            报关单-0001        | 0.6922861954669439210618975266697816550731658935546875
            ''               | 0.0598436412990779320608680791337974369525909423828125
            """)
    void theDrawIsTheFirst53BitsOfOpenSslsHmacOverTwoToThe53(String subject, BigDecimal expected) {
        assertThat(new BigDecimal(DEMO.draw(subject))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DECL-2026-000002 | 0.49490846398264209948791858550976030528545379638671875 | false
            DECL-2026-000002 | 0.49490846398264209948791858550976030528545379638671876 | true
            DECL-2026-000001 | 0.9                                                     | false
            DECL-2026-000001 | 0.95                                                    | true
            """)
    void aSubjectIsSelectedOnlyWhenItsDrawIsStrictlyBelowTheRate(String subject, BigDecimal rate, boolean selected) {
        assertThat(DEMO.selects(subject, rate)).isEqualTo(selected);
    }
}
