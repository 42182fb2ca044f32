-- The referent and evidence counts of a parcours were written on every save and read by nobody (the audit's
-- summary reads the step, interview, placement and decision counts). Numbered 1.19 after issue 14's task.
ALTER TABLE ${prefix}parcours DROP COLUMN referent_count;
ALTER TABLE ${prefix}parcours DROP COLUMN evidence_count;
