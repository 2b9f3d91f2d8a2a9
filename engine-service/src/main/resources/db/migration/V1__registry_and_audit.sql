-- Enterprise registry: enterprises and their credit events, shared by departments.
CREATE TABLE enterprise (
    enterprise_id              VARCHAR(18)  NOT NULL PRIMARY KEY,
    name                       VARCHAR(500) NOT NULL,
    enterprise_kind            VARCHAR(20)  NOT NULL,
    advanced_certified         BOOLEAN      NOT NULL,
    prior_year_document_count  BIGINT,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE credit_event (
    event_id           VARCHAR(100)   NOT NULL PRIMARY KEY,
    enterprise_id      VARCHAR(18)    NOT NULL REFERENCES enterprise (enterprise_id),
    event_type         VARCHAR(40)    NOT NULL,
    occurred_on        DATE           NOT NULL,
    amount_cny         DECIMAL(20, 2),
    due_date           DATE,
    paid_on            DATE,
    subjective_intent  BOOLEAN,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX credit_event_enterprise ON credit_event (enterprise_id, occurred_on);

-- Audit: one hash chain of decision records, ordered by sequence.
CREATE TABLE decision_record (
    sequence          BIGINT        NOT NULL PRIMARY KEY,
    decision_id       VARCHAR(36)   NOT NULL UNIQUE,
    decision_type     VARCHAR(200)  NOT NULL,
    enterprise_id     VARCHAR(18),
    idempotency_key   VARCHAR(300)  UNIQUE,
    ruleset_version   VARCHAR(64)   NOT NULL,
    as_of             DATE,
    principal         VARCHAR(200)  NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    content           VARCHAR(1000000) NOT NULL,
    previous_hash     VARCHAR(64)   NOT NULL,
    hash              VARCHAR(64)   NOT NULL
);
CREATE INDEX decision_record_decided ON decision_record (decided_at);
CREATE INDEX decision_record_enterprise ON decision_record (enterprise_id, decided_at);
