-- Test only: the audit store refuses any record for this enterprise, so tests can make storage fail for real.
ALTER TABLE decision_record ADD CONSTRAINT test_refuses_enterprise
    CHECK (enterprise_id IS NULL OR enterprise_id <> '91350200MA31AUDF0Q');
