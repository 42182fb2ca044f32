-- The append-only audit trail: plie only ever INSERTs here (the id orders records written in the same instant).
CREATE TABLE ${prefix}audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id VARCHAR(64) NOT NULL,
    parcours_id VARCHAR(64),
    actor_id VARCHAR(64) NOT NULL,
    recorded_epoch_second BIGINT NOT NULL,
    recorded_nano INT NOT NULL,
    version_from BIGINT,
    version_to BIGINT,
    change_summary VARCHAR(1000) NOT NULL
);
CREATE INDEX ${prefix}audit_participant ON ${prefix}audit (participant_id, id);

-- Texts in full Unicode (emoji need 4 bytes) compared byte for byte: ids are case-sensitive as in Java.
ALTER TABLE ${prefix}participant CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}barrier CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}personal_data CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}parcours CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}decision CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}referent_assignment CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}step CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}text_item CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}interview CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}placement CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}evidence CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ${prefix}audit CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
