package org.credo.service.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credo.core.RuleSet;
import org.credo.service.contract.DecisionType;
import org.credo.service.ruleset.ActiveRuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's first page: what was decided lately, how selection meets its target, which rule set decides. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {
    private final ConsoleRequest request;
    private final DecisionStatistics statistics;
    private final ActiveRuleSet activeRuleSet;

    public OverviewPage(ConsoleRequest request, DecisionStatistics statistics, ActiveRuleSet activeRuleSet) {
        this.request = request;
        this.statistics = statistics;
        this.activeRuleSet = activeRuleSet;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance overview(Chrome chrome, Overview overview);
    }

    /** The pictures and figures of the overview. */
    public record Overview(int days, LocalDate from, LocalDate to, long total, String activeVersion,
                           String activeName, RawString perDay, RawString perTypeAndOutcome, RawString selection,
                           List<Legend> typeLegend, List<TypeTotal> typeTotals, boolean anyInspection) {
        /** The periods one can pick, in days. */
        public List<Integer> dayChoices() {
            return List.of(7, 14, 30, 90, 365);
        }
    }

    /** A legend entry: a colour and what it stands for. */
    public record Legend(String color, String code) {
    }

    /** The decisions of one type in the period. */
    public record TypeTotal(String type, long decisions, Map<String, Long> outcomes) {
    }

    @GET
    public TemplateInstance overview(@QueryParam("days") @DefaultValue("14") int days) {
        int span = Math.max(1, Math.min(days, 366));
        LocalDate to = LocalDate.now(ConsoleExtensions.ZONE);
        LocalDate from = to.minusDays(span - 1L);
        DecisionStatistics.Counts counts = statistics.count(from, to);
        ConsoleMessages msg = Messages.in(request.lang());

        List<String> types = new ArrayList<>(DecisionType.ids());
        counts.byTypeAndOutcome().keySet().stream().filter(t -> !types.contains(t)).forEach(types::add);
        types.removeIf(t -> !counts.byTypeAndOutcome().containsKey(t));
        var legend = new ArrayList<Legend>();
        for (int i = 0; i < types.size(); i++) {
            legend.add(new Legend(Charts.color(i), types.get(i)));
        }
        RawString perDay = Charts.stackedColumns(msg.chartPerDay(), Charts.days(from, to), types,
                counts.byDayAndType());

        var outcomeColors = new LinkedHashMap<String, String>();
        var totals = new ArrayList<TypeTotal>();
        var labels = new ArrayList<String>();
        var segments = new ArrayList<Map<String, Long>>();
        for (String type : types) {
            Map<String, Long> outcomes = counts.byTypeAndOutcome().get(type);
            outcomes.keySet().forEach(o -> outcomeColors.computeIfAbsent(o, k -> Charts.color(outcomeColors.size())));
            totals.add(new TypeTotal(type, outcomes.values().stream().mapToLong(Long::longValue).sum(), outcomes));
            labels.add(label(type));
            segments.add(outcomes);
        }
        RawString perOutcome = Charts.stackedBars(msg.chartPerOutcome(), types, labels, segments, outcomeColors);

        var classes = new ArrayList<>(counts.inspectionByClass().keySet());
        RawString selection = Charts.shareAgainstTarget(msg.chartSelection(), classes.stream().map(this::label)
                        .toList(),
                classes.stream().map(c -> counts.inspectionByClass().get(c).selectedShare()).toList(),
                classes.stream().map(c -> counts.inspectionByClass().get(c).targetRate()).toList(),
                classes.stream().map(c -> counts.inspectionByClass().get(c).decisions()).toList());

        RuleSet active = activeRuleSet.ready() ? activeRuleSet.current() : null;
        var overview = new Overview(span, from, to, counts.total(), active == null ? null : active.version(),
                active == null ? null : active.manifest().name(), perDay, perOutcome, selection, legend, totals,
                !classes.isEmpty());
        return request.localized(Templates.overview(request.chrome("overview"), overview));
    }

    /** A code with its Chinese term, as chart labels carry it (plain text: SVG labels hold no markup). */
    private String label(String code) {
        String chinese = RegulationTerms.chinese(code);
        return chinese == null ? code : chinese + " " + code;
    }
}
