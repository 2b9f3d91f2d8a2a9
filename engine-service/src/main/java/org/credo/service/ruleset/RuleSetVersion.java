package org.credo.service.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;


import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One rule-set version: its bundle (as {@code Bundle.toZip()}), content hash, author, state and approver. */
@Entity
@Table(name = "ruleset_version")
public class RuleSetVersion extends PanacheEntityBase {
    /** The content hash: engine-core's version id of the bundle. */
    @Id
    public String version;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public RuleSetState state;
    public String author;
    public String approver;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
    /** The compiler's warnings, a JSON array of problems. */
    public String warnings;
    /**
     * The DRL rules as the draft worker listed them at upload, a JSON array of rule descriptors; null for a version
     * stored without the list (the shipped bundle's import, uploads before it was kept).
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "drl_rules")
    public String drlRules;
    /** The bundle as a zip: the same bundle always gives the same bytes. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] bundle;

    /** A new, not yet persisted DRAFT of a compiled rule set. */
    static RuleSetVersion draft(String versionId, String name, String description, byte[] zip, String author,
                                Instant now, String warnings) {
        var version = new RuleSetVersion();
        version.version = versionId;
        version.name = name;
        version.description = description;
        version.state = RuleSetState.DRAFT;
        version.author = author;
        version.createdAt = now;
        version.warnings = warnings;
        version.bundle = zip;
        return version;
    }

    /**
     * Whether two people let this version through (approved it, or the system imported it as the shipped bundle):
     * only such a version is compiled and evaluated in the service; a draft only ever in the draft worker.
     */
    boolean passedFourEyes() {
        return approvedAt != null;
    }

    public static Optional<RuleSetVersion> byVersion(String version) {
        return findByIdOptional(version);
    }

    /** The version, locked for update until the transaction ends. */
    public static Optional<RuleSetVersion> lockedByVersion(String version) {
        return findByIdOptional(version, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<RuleSetVersion> newestFirst() {
        return list("order by createdAt desc, version");
    }
}
