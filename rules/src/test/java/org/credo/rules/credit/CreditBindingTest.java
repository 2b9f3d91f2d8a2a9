package org.credo.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CreditBindingTest {
    private final CreditBinding binding = new CreditBinding();

    @Test
    void the_contract_body_with_string_dates_and_decimal_numbers_becomes_a_case_and_its_events() {
        List<Object> facts = List.copyOf(binding.facts(Map.of("enterpriseId", "91350600MA2Y8K3F13",
                "enterpriseKind", "BROKER", "advancedCertified", true,
                "priorYearDocumentCount", new BigDecimal("10000"), "events", List.of(event("2025-03-01", "120000.00")))));

        assertThat(facts).containsExactly(
                new CreditCase("91350600MA2Y8K3F13", EnterpriseKind.BROKER, true, false, 10000L),
                new CreditEvent("E1", EventType.TAX_UNPAID, LocalDate.parse("2025-03-01"),
                        new BigDecimal("120000.00"), LocalDate.parse("2025-01-10"), null, true));
    }

    @Test
    void dates_may_arrive_as_local_dates_and_general_certification_as_an_extra_input() {
        var event = new HashMap<>(event("2025-03-01", "1"));
        event.put("occurredOn", LocalDate.parse("2025-03-01"));
        List<Object> facts = List.copyOf(binding.facts(Map.of("enterpriseKind", "NON_BROKER",
                "generalCertified", true, "events", List.of(event))));

        assertThat(facts).first().isEqualTo(new CreditCase(null, EnterpriseKind.NON_BROKER, false, true, null));
        assertThat(((CreditEvent) facts.get(1)).occurredOn()).isEqualTo("2025-03-01");
    }

    @Test
    void an_unknown_event_type_is_rejected_naming_the_field() {
        var event = new HashMap<>(event("2025-03-01", "1"));
        event.put("type", "PARKING_FINE");

        assertThatThrownBy(() -> binding.facts(Map.of("enterpriseKind", "BROKER", "events", List.of(event))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[0].type");
    }

    @Test
    void a_missing_enterprise_kind_is_rejected_since_criterion_3_depends_on_it() {
        assertThatThrownBy(() -> binding.facts(Map.of("enterpriseId", "91350600MA2Y8K3F13")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enterpriseKind");
    }

    @Test
    void a_fractional_document_count_is_rejected() {
        assertThatThrownBy(() -> binding.facts(Map.of("enterpriseKind", "BROKER",
                "priorYearDocumentCount", new BigDecimal("10.5"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priorYearDocumentCount");
    }

    @Test
    void the_conclusions_become_the_contract_outputs() {
        var outputs = binding.outputs(List.of(new Regime("GACC-251"), new Classification(CreditClass.DISHONEST),
                new SeriousListEntry(Ground.FOOD_COSMETICS_CRIME),
                new AutomaticRestoration(LocalDate.parse("2027-02-01"))));

        assertThat(outputs).containsEntry("creditClass", "DISHONEST").containsEntry("regime", "GACC-251")
                .containsEntry("seriouslyDishonestList", true);
        var restoration = new HashMap<String, Object>();
        restoration.put("onApplicationFrom", null);
        restoration.put("automaticFrom", LocalDate.parse("2027-02-01"));
        assertThat(outputs.get("restoration")).isEqualTo(restoration);
    }

    @Test
    void with_no_regime_in_force_the_regime_and_class_are_null() {
        var outputs = binding.outputs(List.of());

        assertThat(outputs).containsEntry("regime", null).containsEntry("creditClass", null)
                .containsEntry("seriouslyDishonestList", false);
    }

    private static Map<String, Object> event(String occurredOn, String amount) {
        var event = new HashMap<String, Object>();
        event.put("eventId", "E1");
        event.put("type", "TAX_UNPAID");
        event.put("occurredOn", occurredOn);
        event.put("amountCny", new BigDecimal(amount));
        event.put("dueDate", "2025-01-10");
        event.put("paidOn", null);
        event.put("subjectiveIntent", true);
        return event;
    }
}
