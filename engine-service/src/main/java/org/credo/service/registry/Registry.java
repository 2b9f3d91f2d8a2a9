package org.credo.service.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.credo.service.contract.CreditEventBody;
import org.credo.service.contract.EnterpriseBody;
import org.credo.service.problem.ApiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Writes to the enterprise registry. */
@ApplicationScoped
public class Registry {

    /** Creates or replaces an enterprise. */
    @Transactional
    public Enterprise put(String enterpriseId, EnterpriseBody body) {
        Enterprise enterprise = Enterprise.findById(enterpriseId);
        if (enterprise == null) {
            enterprise = new Enterprise();
            enterprise.enterpriseId = enterpriseId;
        }
        enterprise.name = body.name();
        enterprise.enterpriseKind = body.enterpriseKind();
        enterprise.advancedCertified = body.advancedCertified();
        enterprise.generalCertified = Boolean.TRUE.equals(body.generalCertified());
        enterprise.priorYearDocumentCount = body.priorYearDocumentCount();
        enterprise.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        enterprise.persist();
        return enterprise;
    }

    /** An event as recorded, and whether this call created it. */
    public record Recorded(CreditEvent event, boolean created) {
    }

    /**
     * Records an event once: the same {@code eventId} again answers the stored event. An event id already used for
     * another enterprise is a conflict.
     */
    @Transactional
    public Recorded record(String enterpriseId, CreditEventBody body) {
        require(enterpriseId);
        CreditEvent stored = CreditEvent.findById(body.eventId());
        if (stored != null) {
            if (!stored.enterpriseId.equals(enterpriseId)) {
                throw ApiException.conflict("event " + body.eventId() + " is recorded for another enterprise");
            }
            return new Recorded(stored, false);
        }
        var event = new CreditEvent();
        event.eventId = body.eventId();
        event.enterpriseId = enterpriseId;
        event.type = body.type();
        event.occurredOn = body.occurredOn();
        event.amountCny = body.amountCny();
        event.dueDate = body.dueDate();
        event.paidOn = body.paidOn();
        event.subjectiveIntent = body.subjectiveIntent();
        event.recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        event.persistAndFlush();
        return new Recorded(event, true);
    }

    /** The event stored under an id, if any (after a concurrent recording of the same event won the race). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CreditEvent> stored(String eventId) {
        return CreditEvent.findByIdOptional(eventId);
    }

    /** @throws ApiException 404 when the registry does not know the enterprise */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void require(String enterpriseId) {
        if (Enterprise.findById(enterpriseId) == null) {
            throw ApiException.notFound("enterprise " + enterpriseId + " is not in the registry");
        }
    }
}
