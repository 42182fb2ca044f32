-- plie's tables. Every name carries the configured prefix (${prefix}, "plie_" by default) so that they can live
-- beside a vendor's own tables. Never edit a released migration: add a new one.

-- The pseudonymous profile: what rules and indicators use. No name, no contact.
CREATE TABLE ${prefix}participant (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    birth_date DATE NOT NULL,
    sex VARCHAR(20) NOT NULL,
    residence_commune VARCHAR(5) NOT NULL,
    priority_neighbourhood BOOLEAN NOT NULL,
    qualification_level VARCHAR(20) NOT NULL,
    job_seeker_since DATE,
    minimum_incomes VARCHAR(100) NOT NULL,
    recognised_disabled_worker BOOLEAN NOT NULL,
    protection VARCHAR(30) NOT NULL,
    single_parent BOOLEAN NOT NULL,
    labour_market_status VARCHAR(20) NOT NULL,
    third_country_national BOOLEAN NOT NULL,
    foreign_background BOOLEAN NOT NULL,
    homeless_or_housing_exclusion BOOLEAN NOT NULL,
    rural_area BOOLEAN NOT NULL
);

CREATE TABLE ${prefix}barrier (
    participant_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    status VARCHAR(20) NOT NULL,
    identified_on DATE NOT NULL,
    lifted_on DATE,
    PRIMARY KEY (participant_id, pos)
);

-- Name and contact, apart so that erasure (GDPR) is one DELETE and pseudonymised reads never touch it.
CREATE TABLE ${prefix}personal_data (
    participant_id VARCHAR(64) NOT NULL PRIMARY KEY,
    first_name VARCHAR(400) NOT NULL,
    last_name VARCHAR(400) NOT NULL,
    email VARCHAR(400),
    phone VARCHAR(120),
    address VARCHAR(1200)
);

-- One row per parcours: the columns reports filter on, plus the single-valued parts of the aggregate.
CREATE TABLE ${prefix}parcours (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    participant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    prescriber_kind VARCHAR(30) NOT NULL,
    prescriber_organisation VARCHAR(800) NOT NULL,
    referral_date DATE NOT NULL,
    entry_date DATE,
    exit_date DATE,
    closed_on DATE,
    exit_proposed_date DATE,
    exit_category VARCHAR(30),
    exit_validated_on DATE,
    exit_committee VARCHAR(800),
    decision_count INT NOT NULL,
    referent_count INT NOT NULL,
    step_count INT NOT NULL,
    interview_count INT NOT NULL,
    placement_count INT NOT NULL,
    evidence_count INT NOT NULL
);
CREATE INDEX ${prefix}parcours_participant ON ${prefix}parcours (participant_id);
CREATE INDEX ${prefix}parcours_entry ON ${prefix}parcours (entry_date);
CREATE INDEX ${prefix}parcours_exit ON ${prefix}parcours (exit_date);
CREATE INDEX ${prefix}parcours_closed ON ${prefix}parcours (status, closed_on);

CREATE TABLE ${prefix}decision (
    parcours_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    decided_on DATE NOT NULL,
    reason VARCHAR(2000),
    alternative_proposed VARCHAR(2000),
    review_on DATE,
    PRIMARY KEY (parcours_id, pos)
);

CREATE TABLE ${prefix}referent_assignment (
    parcours_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    referent_id VARCHAR(64) NOT NULL,
    from_date DATE NOT NULL,
    PRIMARY KEY (parcours_id, pos)
);

-- Steps in relational columns: one column per field of every StepDetail kind, empty for the other kinds.
-- Hours are kept as the decimal's text so that its scale round-trips (35 and 35.0 differ for BigDecimal).
CREATE TABLE ${prefix}step (
    parcours_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    step_id VARCHAR(64) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    operator_name VARCHAR(800),
    financed_action VARCHAR(400),
    barrier_kind VARCHAR(30),
    qualifying BOOLEAN,
    certification_code VARCHAR(120),
    planned_end DATE,
    training_result VARCHAR(20),
    result_on DATE,
    contract_type VARCHAR(30),
    employer_name VARCHAR(800),
    siret VARCHAR(14),
    employer_sector VARCHAR(400),
    employer_kind VARCHAR(20),
    trial_period_end DATE,
    weekly_hours VARCHAR(40),
    reference_weekly_hours VARCHAR(40),
    part_time_chosen BOOLEAN,
    registered_on DATE,
    activity_start DATE,
    PRIMARY KEY (parcours_id, pos)
);
CREATE INDEX ${prefix}step_kind ON ${prefix}step (kind, start_date);

-- Lists of free texts: referral reasons (R), commitment objectives (C), step objectives (S, owner_pos = step).
CREATE TABLE ${prefix}text_item (
    parcours_id VARCHAR(64) NOT NULL,
    list_kind VARCHAR(1) NOT NULL,
    owner_pos INT NOT NULL,
    pos INT NOT NULL,
    item VARCHAR(2000) NOT NULL,
    PRIMARY KEY (parcours_id, list_kind, owner_pos, pos)
);

CREATE TABLE ${prefix}interview (
    parcours_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    interview_date DATE NOT NULL,
    mode VARCHAR(20) NOT NULL,
    synthesis VARCHAR(4000) NOT NULL,
    author VARCHAR(64) NOT NULL,
    PRIMARY KEY (parcours_id, pos)
);

CREATE TABLE ${prefix}placement (
    parcours_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    offer_reference VARCHAR(400) NOT NULL,
    placement_date DATE NOT NULL,
    result VARCHAR(30) NOT NULL,
    reasons VARCHAR(2000),
    PRIMARY KEY (parcours_id, pos)
);

CREATE TABLE ${prefix}evidence (
    parcours_id VARCHAR(64) NOT NULL,
    pos INT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    issued_on DATE NOT NULL,
    reference VARCHAR(800) NOT NULL,
    PRIMARY KEY (parcours_id, pos)
);
