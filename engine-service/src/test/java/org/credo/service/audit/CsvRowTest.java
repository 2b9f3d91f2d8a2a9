package org.credo.service.audit;

import com.fasterxml.jackson.databind.SequenceWriter;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowTest {
    private static final String HEADER = "sequence,decisionId,type,enterpriseId,rulesetVersion,asOf,principal,"
            + "requestedAt,decidedAt,inputs,outputs,reasons,previousHash,hash,unreadable\r\n";

    @Test
    void cellsASpreadsheetWouldReadAsAFormulaAreWrittenAsText() {
        assertThat(CsvRow.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvRow.inert("+1")).isEqualTo("'+1");
        assertThat(CsvRow.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvRow.inert("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvRow.inert("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvRow.inert("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherCellsAreLeftAsTheyAre() {
        assertThat(CsvRow.inert("{\"a\":\"=1\"}")).isEqualTo("{\"a\":\"=1\"}");
        assertThat(CsvRow.inert("credit-classification")).isEqualTo("credit-classification");
        assertThat(CsvRow.inert("")).isEmpty();
        assertThat(CsvRow.inert(null)).isNull();
    }

    @Test
    void rowsFollowRfc4180WithCrlfLineEndsAndQuotingWhereACellNeedsIt() throws Exception {
        var out = new StringWriter();
        try (SequenceWriter rows = CsvRow.writer(out)) {
            rows.write(new String[] {"1", "a,b", "say \"hi\"", "two\nlines", null, "", CsvRow.inert("=1+1"), "x", "y",
                "{}", "{}", "[]", "p", "h", ""});
        }
        assertThat(out.toString()).isEqualTo(HEADER
                + "1,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,,'=1+1,x,y,{},{},[],p,h,\r\n");
    }
}
