package org.credo.service.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.credo.service.contract.Enumerations.CreditEventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A credit event recorded for an enterprise; {@code eventId} makes recording it idempotent. */
@Entity
@Table(name = "credit_event")
public class CreditEvent extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "enterprise_id")
    public String enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public CreditEventType type;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "amount_cny")
    public BigDecimal amountCny;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "subjective_intent")
    public Boolean subjectiveIntent;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
