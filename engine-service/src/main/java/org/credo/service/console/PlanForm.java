package org.credo.service.console;

import org.credo.service.contract.CreditMeasuresRequest;
import org.credo.service.contract.Enumerations;
import org.credo.service.contract.FxElectronicSettlementRequest;
import org.credo.service.contract.FxLoanConversionRequest;
import org.credo.service.problem.ApiException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The form of one of the plan's decisions: its fields in the order of the request record, each with its label in
 * the page's language and the value the user gave.
 *
 * @param requestType the typed request the form's values are read into, as its API endpoint reads its body
 */
public record PlanForm(String decision, String title, String lead, Class<?> requestType, List<Field> fields) {
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String YES_NO = "yes-no";
    static final String CHOICE = "choice";
    static final List<String> DECISIONS = List.of("credit-measures", "fx-electronic-settlement",
            "fx-loan-conversion");

    /** One field; {@code options} for a yes/no or choice field, the empty value meaning "not stated". */
    public record Field(String name, String label, String kind, List<Option> options, String value,
                        boolean required) {
    }

    /** One value of a choice, with its label. */
    public record Option(String value, String label) {
    }

    /** A link to a decision form. */
    public record Link(String href, String title) {
    }

    /** The form of {@code decision} with {@code values}; an unknown decision is a 404. */
    static PlanForm of(String decision, ConsoleMessages m, Map<String, String> values) {
        var fields = new Fields(m, values);
        return switch (decision) {
            case "credit-measures" -> new PlanForm(decision, m.creditMeasuresTitle(), m.creditMeasuresLead(),
                    CreditMeasuresRequest.class, List.of(
                    fields.text("enterpriseId", m.enterpriseId()),
                    fields.choice("creditClass", m.creditClass(), m.fromRegistry(),
                            Enumerations.CreditClass.values()),
                    fields.date("asOf", m.asOfDay(), false)));
            case "fx-electronic-settlement" -> new PlanForm(decision, m.fxElectronicSettlementTitle(),
                    m.fxElectronicSettlementLead(), FxElectronicSettlementRequest.class, List.of(
                    fields.choice("provider", m.provider(), null, Enumerations.SettlementProvider.values()),
                    fields.date("settlementDate", m.settlementDate(), true),
                    fields.yesNo("customerIdentified", m.customerIdentified(), true),
                    fields.yesNo("transactionInfoCollected", m.transactionInfoCollected(), true),
                    fields.yesNo("authenticityReviewed", m.authenticityReviewed(), true),
                    fields.yesNo("licensed", m.licensed(), false),
                    fields.yesNo("listRegistered", m.listRegistered(), false),
                    fields.yesNo("partnerBank", m.partnerBank(), false)));
            case "fx-loan-conversion" -> new PlanForm(decision, m.fxLoanConversionTitle(), m.fxLoanConversionLead(),
                    FxLoanConversionRequest.class, List.of(
                    fields.text("enterpriseId", m.enterpriseId()),
                    fields.date("conversionDate", m.conversionDate(), true),
                    fields.yesNo("exportBackground", m.exportBackground(), true),
                    fields.choice("repaymentSource", m.repaymentSource(), null,
                            Enumerations.RepaymentSource.values())));
            default -> throw ApiException.notFound("no decision form named '" + decision + "'");
        };
    }

    /** The inspection form and the plan's decision forms, for moving between them. */
    static List<Link> links(ConsoleMessages m) {
        return List.of(new Link("/console/decide", m.decideTitle()),
                new Link("/console/decide/credit-measures", m.creditMeasuresTitle()),
                new Link("/console/decide/fx-electronic-settlement", m.fxElectronicSettlementTitle()),
                new Link("/console/decide/fx-loan-conversion", m.fxLoanConversionTitle()));
    }

    /** Builds fields from the posted values (or the defaults of an empty form). */
    private record Fields(ConsoleMessages m, Map<String, String> values) {
        Field text(String name, String label) {
            return new Field(name, label, TEXT, List.of(), value(name, ""), true);
        }

        Field date(String name, String label, boolean required) {
            return new Field(name, label, DATE, List.of(), value(name, ""), required);
        }

        Field yesNo(String name, String label, boolean required) {
            var options = new ArrayList<Option>();
            if (!required) {
                options.add(new Option("", m.notStated()));
            }
            options.add(new Option("true", m.yes()));
            options.add(new Option("false", m.no()));
            return new Field(name, label, YES_NO, options, value(name, required ? "true" : ""), required);
        }

        Field choice(String name, String label, String emptyLabel, Enum<?>[] values) {
            var options = new ArrayList<Option>();
            if (emptyLabel != null) {
                options.add(new Option("", emptyLabel));
            }
            Arrays.stream(values).forEach(v -> options.add(new Option(v.name(), label(v.name()))));
            return new Field(name, label, CHOICE, options, value(name, options.get(0).value()), emptyLabel == null);
        }

        /** A code with the regulation's Chinese term before it, as {@code reg:term} shows it in text. */
        private static String label(String code) {
            String chinese = RegulationTerms.chinese(code);
            return chinese == null ? code : chinese + " " + code;
        }

        private String value(String name, String empty) {
            return values.isEmpty() ? empty : values.getOrDefault(name, "");
        }
    }
}
