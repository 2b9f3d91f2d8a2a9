package org.credo.service.console;

import org.credo.service.contract.CreditMeasuresRequest;
import org.credo.service.contract.Enumerations;
import org.credo.service.contract.FxElectronicSettlementRequest;
import org.credo.service.contract.FxLoanConversionRequest;
import org.credo.service.contract.InspectionRequest;
import org.credo.service.decision.Caller;
import org.credo.service.decision.DecisionContext;
import org.credo.service.decision.DecisionContexts;
import org.credo.service.problem.ApiException;
import org.credo.service.problem.EnumNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The form of a decision taken by hand in the console: its fields in the order of the request record, each with its
 * label in the page's language and the value the user gave, and how the typed request becomes a decision.
 *
 * @param href    the form's page, which it posts to
 * @param request the typed request the form's values are read into, as its API endpoint reads its body
 */
public record DecisionForm(String href, String title, String lead, Request<?> request, List<Field> fields) {
    static final String TEXT = "text";
    static final String DECIMAL = "decimal";
    static final String DATE = "date";
    static final String YES_NO = "yes-no";
    static final String CHOICE = "choice";
    /** The page of the inspection form: {@code /console/decide} itself. */
    static final String INSPECTION = "";
    private static final String HOME = "/console/decide";

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

    /** The typed request a form is read into and the decision context its API endpoint builds from it. */
    public record Request<T>(Class<T> type, ContextOf<T> context) {
    }

    /** Builds the decision context of a typed request, without an idempotency key (the console sends none). */
    @FunctionalInterface
    interface ContextOf<T> {
        DecisionContext of(DecisionContexts contexts, Caller caller, T body);
    }

    /**
     * The form on the page {@code page} under {@code /console/decide} (empty for the inspection, which is that page
     * itself) with the posted {@code values}, or the defaults of an empty form when there are none; an unknown page
     * is a 404.
     */
    static DecisionForm of(String page, ConsoleMessages m, Map<String, String> values, LocalDate today) {
        var fields = new Fields(m, values);
        return switch (page) {
            case INSPECTION -> new DecisionForm(HOME, m.decideTitle(), m.decideLead(),
                    new Request<>(InspectionRequest.class,
                            (contexts, by, body) -> contexts.inspections(by, List.of(body), null).get(0)),
                    List.of(fields.text("declarationId", m.declarationId(), "DECL-"
                                    + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT)),
                            fields.enterprise(),
                            fields.choice("customsMode", m.customsMode(), null,
                                    Enumerations.CustomsMode.values(), Fields::regulationLabel),
                            fields.direction(),
                            fields.decimal("declaredValueCny", m.declaredValueCny()),
                            fields.text("hsCode", m.hsCode(), ""),
                            fields.date("declarationDate", m.declarationDate(), true, today.toString())));
            case "credit-measures" -> new DecisionForm(HOME + "/" + page, m.creditMeasuresTitle(),
                    m.creditMeasuresLead(), new Request<>(CreditMeasuresRequest.class,
                    (contexts, by, body) -> contexts.creditMeasures(by, body, null)), List.of(
                    fields.enterprise(),
                    fields.choice("creditClass", m.creditClass(), m.fromRegistry(),
                            Enumerations.CreditClass.values(), Fields::regulationLabel),
                    fields.date("asOf", m.asOfDay(), false, "")));
            case "fx-electronic-settlement" -> new DecisionForm(HOME + "/" + page, m.fxElectronicSettlementTitle(),
                    m.fxElectronicSettlementLead(), new Request<>(FxElectronicSettlementRequest.class,
                    (contexts, by, body) -> contexts.fxElectronicSettlement(by, body, null)), List.of(
                    fields.choice("provider", m.provider(), null, Enumerations.SettlementProvider.values(),
                            Fields::regulationLabel),
                    fields.date("settlementDate", m.settlementDate(), true, ""),
                    fields.yesNo("customerIdentified", m.customerIdentified(), true),
                    fields.yesNo("transactionInfoCollected", m.transactionInfoCollected(), true),
                    fields.yesNo("authenticityReviewed", m.authenticityReviewed(), true),
                    fields.yesNo("licensed", m.licensed(), false),
                    fields.yesNo("listRegistered", m.listRegistered(), false),
                    fields.yesNo("partnerBank", m.partnerBank(), false)));
            case "fx-loan-conversion" -> new DecisionForm(HOME + "/" + page, m.fxLoanConversionTitle(),
                    m.fxLoanConversionLead(), new Request<>(FxLoanConversionRequest.class,
                    (contexts, by, body) -> contexts.fxLoanConversion(by, body, null)), List.of(
                    fields.enterprise(),
                    fields.date("conversionDate", m.conversionDate(), true, ""),
                    fields.yesNo("exportBackground", m.exportBackground(), true),
                    fields.choice("repaymentSource", m.repaymentSource(), null,
                            Enumerations.RepaymentSource.values(), Fields::regulationLabel)));
            default -> throw ApiException.notFound("no decision form named '" + page + "'");
        };
    }

    /** Links to the other decision forms, for moving between them. */
    List<Link> otherForms(ConsoleMessages m) {
        return List.of(new Link(HOME, m.decideTitle()),
                        new Link(HOME + "/credit-measures", m.creditMeasuresTitle()),
                        new Link(HOME + "/fx-electronic-settlement", m.fxElectronicSettlementTitle()),
                        new Link(HOME + "/fx-loan-conversion", m.fxLoanConversionTitle()))
                .stream().filter(link -> !link.href().equals(href)).toList();
    }

    /** Builds fields from the posted values (or the defaults of an empty form). */
    private record Fields(ConsoleMessages m, Map<String, String> values) {
        Field text(String name, String label, String empty) {
            return new Field(name, label, TEXT, List.of(), value(name, empty), true);
        }

        /** The enterprise's unified social credit code, upper-cased as the registry spells it. */
        Field enterprise() {
            return new Field("enterpriseId", m.enterpriseId(), TEXT, List.of(),
                    value("enterpriseId", "").toUpperCase(Locale.ROOT), true);
        }

        /** Import or export, each labelled in the page's language. */
        Field direction() {
            var labels = Map.of("IMPORT", m.directionImport(), "EXPORT", m.directionExport());
            return choice("direction", m.direction(), null, Enumerations.Direction.values(),
                    code -> labels.get(code) + " " + code);
        }

        Field decimal(String name, String label) {
            return new Field(name, label, DECIMAL, List.of(), value(name, ""), true);
        }

        Field date(String name, String label, boolean required, String empty) {
            return new Field(name, label, DATE, List.of(), value(name, empty), required);
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

        /** A choice of {@code values} as the contract spells them, each labelled by {@code optionLabel}. */
        Field choice(String name, String label, String emptyLabel, Enum<?>[] values,
                     UnaryOperator<String> optionLabel) {
            var options = new ArrayList<Option>();
            if (emptyLabel != null) {
                options.add(new Option("", emptyLabel));
            }
            Arrays.stream(values).map(EnumNames::jsonName)
                    .forEach(code -> options.add(new Option(code, optionLabel.apply(code))));
            return new Field(name, label, CHOICE, options, value(name, options.get(0).value()), emptyLabel == null);
        }

        /** A code with the regulation's Chinese term before it, as {@code reg:term} shows it in text. */
        private static String regulationLabel(String code) {
            String chinese = RegulationTerms.chinese(code);
            return chinese == null ? code : chinese + " " + code;
        }

        private String value(String name, String empty) {
            return values.isEmpty() ? empty : values.getOrDefault(name, "");
        }
    }
}
