-- Unknown is not unmet (issue #13): the profile facts not recorded yet (codes of ProfileFact, comma-separated,
-- empty when every fact is recorded), and an employment's trial period whose end is not recorded. Rows stored
-- before know every fact and have no trial period of unknown end, as they were read until now.
ALTER TABLE ${prefix}participant ADD COLUMN unknown_facts VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE ${prefix}step ADD COLUMN trial_period_end_unknown BOOLEAN;
