package org.credo.service.contract;

import org.credo.service.contract.Enumerations.EnterpriseKind;

import java.time.Instant;

/** What the registry knows of an enterprise, as {@code PUT /api/v1/enterprises/{enterpriseId}} answers it. */
public record EnterpriseAnswer(String enterpriseId, String name, EnterpriseKind enterpriseKind,
                               boolean advancedCertified, boolean generalCertified, Integer priorYearDocumentCount,
                               Instant updatedAt) {
}
