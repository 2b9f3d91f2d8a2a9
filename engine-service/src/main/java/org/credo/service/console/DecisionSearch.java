package org.credo.service.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.DecisionDays;
import org.credo.service.audit.OutcomeLabels;
import org.credo.service.audit.TimeRange;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The auditor's search: the audit store's search by enterprise, type, outcome, date range and rule-set version, each
 * on an indexed column; the outcome is matched without regard to case against the labels the log holds.
 */
@ApplicationScoped
public class DecisionSearch {
    static final int PAGE_SIZE = 25;

    private final AuditStore store;
    private final DecisionDays days;

    public DecisionSearch(AuditStore store, DecisionDays days) {
        this.store = store;
        this.days = days;
    }

    /** What the auditor asked for; blank fields do not filter. */
    public record Filter(String enterpriseId, String type, String outcome, String from, String to,
                         String rulesetVersion) {
        public Filter {
            enterpriseId = blankToNull(enterpriseId);
            type = blankToNull(type);
            outcome = blankToNull(outcome);
            from = blankToNull(from);
            to = blankToNull(to);
            rulesetVersion = blankToNull(rulesetVersion);
        }

        /** This filter as a query string, for paging and export links. */
        public String query() {
            return Stream.of(param("enterpriseId", enterpriseId), param("type", type), param("outcome", outcome),
                            param("from", from), param("to", to), param("rulesetVersion", rulesetVersion))
                    .filter(p -> !p.isEmpty()).collect(Collectors.joining("&"));
        }

        private static String param(String name, String value) {
            return value == null ? "" : name + "=" + Urls.encode(value);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** One row of results. */
    public record Row(AuditRecord record, String outcome) {
    }

    /** A page of results, newest first. */
    public record Result(Filter filter, List<Row> rows, long total, int page) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }

        public long lastPage() {
            return Math.max(0, (total - 1) / PAGE_SIZE);
        }
    }

    public Result search(Filter filter, int page) {
        TimeRange range = TimeRange.parse(filter.from(), filter.to());
        List<String> outcomes = filter.outcome() == null ? null : days.labelsLike(filter.outcome());
        var storeFilter = new AuditStore.SearchFilter(filter.enterpriseId(), filter.type(), filter.rulesetVersion(),
                range.from(), range.to(), outcomes);
        AuditStore.SearchPage found = store.search(storeFilter, page, PAGE_SIZE);
        return new Result(filter, found.items().stream().map(r -> new Row(r, OutcomeLabels.of(r))).toList(),
                found.total(), page);
    }
}
