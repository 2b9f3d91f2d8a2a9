package org.credo.service.audit;

import org.credo.service.problem.ApiException;

/** A decision record could not be stored or read: answered 503, and the decision is not answered as a success. */
public class AuditStoreException extends ApiException {
    public AuditStoreException(String detail, Throwable cause) {
        super(503, "audit-store-unavailable", "Service unavailable", detail);
        initCause(cause);
    }
}
