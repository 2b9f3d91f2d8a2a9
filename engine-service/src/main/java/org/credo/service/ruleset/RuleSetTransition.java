package org.credo.service.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.util.List;

/** One state change of a rule-set version: who, when, from which state to which. Never updated or deleted. */
@Entity
@Table(name = "ruleset_transition")
public class RuleSetTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String version;
    /** The state before, or null when the version came into being. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public RuleSetState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public RuleSetState toState;
    public String actor;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** Why, in a few words: an upload, an approval, a rollback… */
    public String note;

    /** Records a state change of {@code version}. */
    static void record(String version, RuleSetState from, RuleSetState to, String actor, Instant at, String note) {
        var transition = new RuleSetTransition();
        transition.version = version;
        transition.fromState = from;
        transition.toState = to;
        transition.actor = actor;
        transition.occurredAt = at;
        transition.note = note;
        transition.persist();
    }

    /** The changes of one version, oldest first. */
    public static List<RuleSetTransition> ofVersion(String version) {
        return list("version = ?1 order by id", version);
    }

    /** Every change in [from, to), newest first. */
    public static List<RuleSetTransition> between(Instant from, Instant to) {
        return list("occurredAt >= :from and occurredAt < :to order by id desc",
                Parameters.with("from", from).and("to", to));
    }
}
