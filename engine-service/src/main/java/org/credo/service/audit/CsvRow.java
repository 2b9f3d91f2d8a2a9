package org.credo.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One record as an RFC 4180 CSV row; JSON-valued columns hold compact JSON. */
final class CsvRow {
    static final String HEADER = "sequence,decisionId,type,enterpriseId,rulesetVersion,asOf,principal,requestedAt,"
            + "decidedAt,inputs,outputs,reasons,previousHash,hash";

    private CsvRow() {
    }

    static String of(AuditRecord r, ObjectMapper mapper) throws JsonProcessingException {
        return Stream.of(Long.toString(r.sequence()), r.decisionId(), r.type(), r.enterpriseId(), r.rulesetVersion(),
                        r.asOf() == null ? null : r.asOf().toString(), r.principal(), r.requestedAt().toString(),
                        r.decidedAt().toString(), mapper.writeValueAsString(r.inputs()),
                        mapper.writeValueAsString(r.outputs()), mapper.writeValueAsString(r.body().path("reasons")),
                        r.previousHash(), r.hash())
                .map(CsvRow::quoted).collect(Collectors.joining(","));
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
