package org.credo.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InspectionBodiesTest {
    private static final Pattern ID = Pattern.compile("\"declarationId\":\"([^\"]+)\"");

    @Test
    void everySingleCallCarriesAFreshDeclarationIdSoNoneIsAnsweredAsARetry() {
        var bodies = new InspectionBodies("run1", 0);
        List<String> ids = IntStream.range(0, 1000).mapToObj(i -> ids(bodies.body(i))).flatMap(List::stream).toList();
        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
        assertThat(bodies.path()).isEqualTo("/api/v1/decisions/inspection");
    }

    @Test
    void batchesHoldTheirSizeInDeclarationsWithIdsUniqueAcrossBatches() {
        var bodies = new InspectionBodies("run1", 50);
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> ids(bodies.body(i))).flatMap(List::stream).toList();
        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
        assertThat(new String(bodies.body(0), StandardCharsets.UTF_8)).startsWith("{\"declarations\":[{").endsWith("}]}");
        assertThat(bodies.path()).isEqualTo("/api/v1/decisions/inspection/batch");
    }

    @Test
    void anotherRunNeverRepeatsTheIdsOfAnEarlierOne() {
        assertThat(ids(new InspectionBodies("run1", 0).body(7)))
                .doesNotContainAnyElementsOf(ids(new InspectionBodies("run2", 0).body(7)));
    }

    @Test
    void theCustomsModesAndHsCodesRotateThroughEveryPair() {
        var bodies = new InspectionBodies("run1", 25);
        String batch = new String(bodies.body(0), StandardCharsets.UTF_8);
        for (String mode : List.of("9610", "9710", "9810", "1210", "0110")) {
            for (String hs : List.of("0306170000", "2710122000", "8471300000", "6109100000", "9503008900")) {
                assertThat(batch).contains("\"customsMode\":\"" + mode + "\",\"direction\":\"EXPORT\","
                        + "\"declaredValueCny\":5200.00,\"hsCode\":\"" + hs + "\"");
            }
        }
    }

    private static List<String> ids(byte[] body) {
        var matcher = ID.matcher(new String(body, StandardCharsets.UTF_8));
        var ids = new ArrayList<String>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
