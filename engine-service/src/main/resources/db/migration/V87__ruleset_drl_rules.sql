-- The DRL rules of a version as the draft worker listed them at upload (a JSON array of rule descriptors), so that
-- the console shows a draft's rules without compiling it in the service. Null for versions stored before.
ALTER TABLE ruleset_version ADD COLUMN drl_rules VARCHAR(10000000);
