package org.credo.service.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The auditor's search: the audit store's own search by enterprise, type, date range and rule-set version, and on
 * top of it the outcome, which the store does not index: matching by outcome scans at most {@link #SCAN_LIMIT}
 * records, newest first, and says when it stopped.
 */
@ApplicationScoped
public class DecisionSearch {
    static final int PAGE_SIZE = 25;
    static final int SCAN_LIMIT = 20_000;
    private static final int SCAN_PAGE = 200;

    private final AuditStore store;

    public DecisionSearch(AuditStore store) {
        this.store = store;
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

    /**
     * A page of results, newest first.
     *
     * @param truncated the outcome scan stopped at its limit: older matches may exist
     */
    public record Result(Filter filter, List<Row> rows, long total, int page, boolean truncated) {
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
        var storeFilter = new AuditStore.SearchFilter(filter.enterpriseId(), filter.type(), filter.rulesetVersion(),
                range.from(), range.to());
        if (filter.outcome() == null) {
            AuditStore.SearchPage found = store.search(storeFilter, page, PAGE_SIZE);
            return new Result(filter, found.items().stream().map(r -> new Row(r, Outcomes.of(r))).toList(),
                    found.total(), page, false);
        }
        var matches = new ArrayList<Row>();
        int scanned = 0;
        boolean exhausted = false;
        for (int scanPage = 0; scanned < SCAN_LIMIT; scanPage++) {
            List<AuditRecord> batch = store.search(storeFilter, scanPage, SCAN_PAGE).items();
            for (AuditRecord record : batch) {
                String outcome = Outcomes.of(record);
                if (outcome.equalsIgnoreCase(filter.outcome())) {
                    matches.add(new Row(record, outcome));
                }
            }
            scanned += batch.size();
            if (batch.size() < SCAN_PAGE) {
                exhausted = true;
                break;
            }
        }
        int fromIndex = Math.min(matches.size(), page * PAGE_SIZE);
        return new Result(filter, matches.subList(fromIndex, Math.min(matches.size(), fromIndex + PAGE_SIZE)),
                matches.size(), page, !exhausted);
    }
}
