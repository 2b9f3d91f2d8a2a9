package org.credo.service.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

    @Test
    void firstLinkOfAnEmptyBodyMatchesTheIndependentlyComputedVector() {
        assertThat(ChainHash.of(1, ChainHash.GENESIS, "{}"))
                .isEqualTo("d2b7bdadcc396b5d35d5ef5c12f6e7e0c4cc8e297645a87245f7346b975417bd");
    }

    @Test
    void bodyIsHashedAsUtf8AfterSequenceAndPreviousHash() {
        assertThat(ChainHash.of(2, "a".repeat(64), "{\"a\":1.5,\"b\":[\"é\",null,true]}"))
                .isEqualTo("b7383467cdcce52e17945ceed00d8c154a3e0636132883d7765afcd7e9d66b24");
    }

    @Test
    void sequenceAndPreviousHashAreBothBoundIntoTheHash() {
        String base = ChainHash.of(1, ChainHash.GENESIS, "{}");
        assertThat(ChainHash.of(2, ChainHash.GENESIS, "{}")).isNotEqualTo(base);
        assertThat(ChainHash.of(1, "1" + ChainHash.GENESIS.substring(1), "{}")).isNotEqualTo(base);
    }
}
