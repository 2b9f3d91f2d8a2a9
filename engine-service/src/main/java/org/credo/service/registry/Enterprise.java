package org.credo.service.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.credo.service.contract.Enumerations.EnterpriseKind;

import java.time.Instant;

/** An enterprise of the shared registry, by its Unified Social Credit Code. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {
    @Id
    @Column(name = "enterprise_id")
    public String enterpriseId;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_kind")
    public EnterpriseKind enterpriseKind;

    @Column(name = "advanced_certified")
    public boolean advancedCertified;

    /** Certified below the advanced level: 一般认证 under Order 237, 认证 under Order 282. */
    @Column(name = "general_certified")
    public boolean generalCertified;

    @Column(name = "prior_year_document_count")
    public Long priorYearDocumentCount;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
