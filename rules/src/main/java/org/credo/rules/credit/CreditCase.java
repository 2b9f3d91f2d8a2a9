package org.credo.rules.credit;

/**
 * The enterprise being classified.
 *
 * @param generalCertified       an extra input: certified below the advanced level (一般认证 under Order 237,
 *                               认证 under Order 282); {@code false} when the request leaves it out
 * @param priorYearDocumentCount last year's declarations, record lists and manifests, or {@code null} when unknown
 */
public record CreditCase(String enterpriseId, EnterpriseKind enterpriseKind, boolean advancedCertified,
                         boolean generalCertified, Long priorYearDocumentCount) {
}
