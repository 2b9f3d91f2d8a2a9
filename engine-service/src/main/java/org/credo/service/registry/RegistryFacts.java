package org.credo.service.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.contract.Enumerations.CreditEventType;
import org.credo.service.problem.ApiException;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What the registry held about an enterprise as of a day, as JSON: the record kept with a decision so that replay
 * uses exactly the facts the decision used, and the credit-classification inputs built from them.
 */
@ApplicationScoped
public class RegistryFacts {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SNAPSHOT = "SELECT e.name, e.enterprise_kind, e.advanced_certified, "
            + "e.general_certified, e.prior_year_document_count, v.event_id, v.event_type, v.occurred_on, "
            + "v.amount_cny, v.due_date, v.paid_on, v.subjective_intent FROM enterprise e LEFT JOIN credit_event v "
            + "ON v.enterprise_id = e.enterprise_id AND v.occurred_on <= ? WHERE e.enterprise_id = ? "
            + "ORDER BY v.occurred_on, v.event_id";

    private final AgroalDataSource dataSource;

    public RegistryFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * {@code {"enterpriseId", "asOf", "known", "enterprise": {…} | null, "events": [...]}}. Events are those that
     * had occurred by {@code asOf}; a payment made after {@code asOf} is not yet visible then. Read with one
     * statement (it is on every inspection's path), so the enterprise and its events are seen at one moment.
     */
    public ObjectNode snapshot(String enterpriseId, LocalDate asOf) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SNAPSHOT)) {
            q.setDate(1, Date.valueOf(asOf));
            q.setString(2, enterpriseId);
            try (ResultSet rs = q.executeQuery()) {
                return snapshot(enterpriseId, asOf, rs);
            }
        } catch (SQLException e) {
            var failure = new ApiException(503, "registry-unavailable", "Service unavailable",
                    "the enterprise registry could not be read");
            failure.initCause(e);
            throw failure;
        }
    }

    private static ObjectNode snapshot(String enterpriseId, LocalDate asOf, ResultSet rs) throws SQLException {
        var snapshot = JSON.objectNode();
        snapshot.put("enterpriseId", enterpriseId);
        snapshot.put("asOf", asOf.toString());
        boolean known = rs.next();
        snapshot.put("known", known);
        if (!known) {
            snapshot.putNull("enterprise");
            snapshot.putArray("events");
            return snapshot;
        }
        var facts = snapshot.putObject("enterprise");
        facts.put("name", rs.getString("name"));
        facts.put("enterpriseKind", rs.getString("enterprise_kind"));
        facts.put("advancedCertified", rs.getBoolean("advanced_certified"));
        facts.put("generalCertified", rs.getBoolean("general_certified"));
        long documents = rs.getLong("prior_year_document_count");
        facts.put("priorYearDocumentCount", rs.wasNull() ? null : documents);
        ArrayNode events = snapshot.putArray("events");
        do {
            if (rs.getString("event_id") != null) {
                events.add(RegistryJson.event(event(rs), asOf));
            }
        } while (rs.next());
        return snapshot;
    }

    private static CreditEvent event(ResultSet rs) throws SQLException {
        var event = new CreditEvent();
        event.eventId = rs.getString("event_id");
        event.type = CreditEventType.valueOf(rs.getString("event_type"));
        event.occurredOn = rs.getDate("occurred_on").toLocalDate();
        event.amountCny = rs.getBigDecimal("amount_cny");
        event.dueDate = day(rs.getDate("due_date"));
        event.paidOn = day(rs.getDate("paid_on"));
        boolean intent = rs.getBoolean("subjective_intent");
        event.subjectiveIntent = rs.wasNull() ? null : intent;
        return event;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * The credit-classification inputs (the contract's body) built from a snapshot. An enterprise the registry does
     * not know is an empty case: a non-broker, not certified, no document count, no events.
     */
    public static ObjectNode creditInputs(ObjectNode snapshot) {
        var inputs = JSON.objectNode();
        inputs.put("enterpriseId", snapshot.path("enterpriseId").asText());
        var enterprise = snapshot.path("enterprise");
        boolean known = snapshot.path("known").asBoolean();
        inputs.put("enterpriseKind", known ? enterprise.path("enterpriseKind").asText() : "NON_BROKER");
        inputs.put("advancedCertified", known && enterprise.path("advancedCertified").asBoolean());
        inputs.put("generalCertified", known && enterprise.path("generalCertified").asBoolean());
        inputs.set("priorYearDocumentCount", known ? enterprise.path("priorYearDocumentCount")
                : JSON.nullNode());
        inputs.put("asOf", snapshot.path("asOf").asText());
        inputs.set("events", snapshot.path("events").deepCopy());
        return inputs;
    }
}
