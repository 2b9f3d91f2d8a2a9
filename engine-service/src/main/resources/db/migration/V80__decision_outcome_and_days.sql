-- History at volume (docs/performance.md "History at volume"): the outcome label of every record in a column of its
-- own, indexed for the console's outcome filter and the type filter, and a daily roll-up the console overview reads
-- instead of the records. Both are written in the transaction that appends the records; rows stored before this
-- migration are labelled and rolled up at start-up (DecisionIndexBackfill), which finds them by their null outcome.
ALTER TABLE decision_record ADD COLUMN outcome VARCHAR(200);
CREATE INDEX decision_record_outcome ON decision_record (outcome, sequence);
CREATE INDEX decision_record_type ON decision_record (decision_type, sequence);

-- One row per day (the zone's calendar day of decided_at), decision type, outcome label and, for inspections, the
-- credit class: how many decisions, how many were selected for inspection, and the sum of the inspection rates the
-- rules gave (credit_class is '' and selected, rate_sum 0 for other decision types).
CREATE TABLE decision_day (
    decided_on     DATE            NOT NULL,
    decision_type  VARCHAR(200)    NOT NULL,
    outcome        VARCHAR(200)    NOT NULL,
    credit_class   VARCHAR(200)    NOT NULL,
    decisions      BIGINT          NOT NULL,
    selected       BIGINT          NOT NULL,
    rate_sum       DECIMAL(38, 12) NOT NULL,
    PRIMARY KEY (decided_on, decision_type, outcome, credit_class)
);
