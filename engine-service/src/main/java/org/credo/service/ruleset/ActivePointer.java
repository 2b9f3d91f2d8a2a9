package org.credo.service.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The one row ({@code id = 1}) naming the active version, shared by every instance on the database. Activations lock
 * it, so they happen one after the other; {@code generation} grows by one with each, so an instance can tell a newer
 * activation from an older one.
 */
@Entity
@Table(name = "ruleset_active")
public class ActivePointer extends PanacheEntityBase {
    static final int ID = 1;

    @Id
    public Integer id;
    /** The active version, or null before the first start has imported the shipped bundle. */
    public String version;
    public long generation;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;

    /** The row, locked for update until the transaction ends. */
    static ActivePointer locked() {
        return findById(ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
