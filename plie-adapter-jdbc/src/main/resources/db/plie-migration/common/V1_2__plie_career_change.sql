-- The profile's career change ("reconversion professionnelle", seed 001), an eligibility criterion. Participants
-- stored before it are not in career change until someone records it.
ALTER TABLE ${prefix}participant ADD COLUMN career_change BOOLEAN DEFAULT FALSE NOT NULL;
