-- The ESF+ answers a PLIE team entered, one row per participant, operation and question (docs/esf.md). Derived
-- answers are not stored: they are read again from the profile and the parcours. Numbered 1.17 after issue 17 so
-- it cannot collide with a migration written at the same time.
CREATE TABLE ${prefix}esf_answer (
    participant_id VARCHAR(64) NOT NULL,
    operation_id VARCHAR(64) NOT NULL,
    question VARCHAR(40) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    code VARCHAR(40),
    updated_on DATE NOT NULL,
    PRIMARY KEY (participant_id, operation_id, question)
);

CREATE INDEX ${prefix}esf_answer_operation ON ${prefix}esf_answer (operation_id);
