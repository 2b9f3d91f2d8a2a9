package org.credo.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One record as an RFC 4180 CSV row; JSON-valued columns hold compact JSON. The last column, {@code unreadable}, is
 * empty, or says why the stored body cannot be read (then the JSON columns are empty).
 */
final class CsvRow {
    static final String HEADER = "sequence,decisionId,type,enterpriseId,rulesetVersion,asOf,principal,requestedAt,"
            + "decidedAt,inputs,outputs,reasons,previousHash,hash,unreadable";

    private CsvRow() {
    }

    static String of(AuditRecord r, ObjectMapper mapper) throws JsonProcessingException {
        return Stream.of(Long.toString(r.sequence()), r.decisionId(), r.type(), r.enterpriseId(), r.rulesetVersion(),
                        r.asOf() == null ? null : r.asOf().toString(), r.principal(), r.requestedAt().toString(),
                        r.decidedAt().toString(), json(r, r.inputs(), mapper), json(r, r.outputs(), mapper),
                        json(r, r.body().path("reasons"), mapper), r.previousHash(), r.hash(), r.unreadable())
                .map(CsvRow::quoted).collect(Collectors.joining(","));
    }

    private static String json(AuditRecord r, JsonNode value, ObjectMapper mapper) throws JsonProcessingException {
        return r.readable() ? mapper.writeValueAsString(value) : null;
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
