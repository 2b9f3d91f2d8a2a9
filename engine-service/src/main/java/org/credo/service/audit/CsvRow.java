package org.credo.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records as RFC 4180 CSV, written by jackson-dataformat-csv: a header row, CRLF line ends, quoting where a cell
 * needs it. JSON-valued columns hold compact JSON. The last column, {@code unreadable}, is empty, or says why the
 * stored body cannot be read (then the JSON columns are empty). A cell that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, so opening an
 * export never runs what a caller put in a decision's inputs.
 */
final class CsvRow {
    private static final List<String> COLUMNS = List.of("sequence", "decisionId", "type", "enterpriseId",
            "rulesetVersion", "asOf", "principal", "requestedAt", "decidedAt", "inputs", "outputs", "reasons",
            "previousHash", "hash", "unreadable");
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .setUseHeader(false).setLineSeparator("\r\n").build();
    /** Quotes exactly the cells RFC 4180 requires to be quoted (a separator, a quote or a line break in them). */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvRow() {
    }

    /** A writer of rows ({@link #of}) to {@code out}, having written the header row. */
    static SequenceWriter writer(Writer out) throws IOException {
        return CSV.writer(SCHEMA).writeValues(out).write(COLUMNS.toArray(String[]::new));
    }

    /** One record's cells, in the order of the header. */
    static String[] of(AuditRecord r, ObjectMapper mapper) throws JsonProcessingException {
        return Stream.of(Long.toString(r.sequence()), r.decisionId(), r.type(), r.enterpriseId(), r.rulesetVersion(),
                        r.asOf() == null ? null : r.asOf().toString(), r.principal(), r.requestedAt().toString(),
                        r.decidedAt().toString(), json(r, r.inputs(), mapper), json(r, r.outputs(), mapper),
                        json(r, r.body().path("reasons"), mapper), r.previousHash(), r.hash(), r.unreadable())
                .map(CsvRow::inert).toArray(String[]::new);
    }

    /** The cell as a spreadsheet shows it as text: one that would start a formula gets a leading apostrophe. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return Arrays.asList('=', '+', '-', '@', '\t', '\r').contains(cell.charAt(0)) ? "'" + cell : cell;
    }

    private static String json(AuditRecord r, JsonNode value, ObjectMapper mapper) throws JsonProcessingException {
        return r.readable() ? mapper.writeValueAsString(value) : null;
    }
}
