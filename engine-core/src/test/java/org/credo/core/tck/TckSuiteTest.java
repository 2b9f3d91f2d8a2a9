package org.credo.core.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TckSuiteTest {
    private String dir;
    private String required;

    @BeforeEach
    void pointAtASuiteThatIsNotThere() {
        dir = System.getProperty("credo.tck.dir");
        required = System.getProperty("credo.tck.required");
        System.setProperty("credo.tck.dir", "/no/such/dmn-tck");
    }

    @AfterEach
    void restore() {
        restore("credo.tck.dir", dir);
        restore("credo.tck.required", required);
    }

    @Test
    void anAbsentSuiteIsAReportedSkipWhereTheRunDoesNotRequireIt() {
        assumeFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI=true requires the suite");
        System.clearProperty("credo.tck.required");

        assertThatThrownBy(TckSuite::directory).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/no/such/dmn-tck");
    }

    @Test
    void anAbsentSuiteFailsARunThatRequiresIt() {
        System.setProperty("credo.tck.required", "true");

        assertThatThrownBy(TckSuite::directory).isInstanceOf(AssertionError.class)
                .isNotInstanceOf(TestAbortedException.class).hasMessageContaining("requires it");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
