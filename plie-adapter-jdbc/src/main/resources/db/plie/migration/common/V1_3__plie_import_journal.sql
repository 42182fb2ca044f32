-- The journal of imports: one row per batch committed, written in the batch's own transaction, so that a re-run
-- of the same file (same import id, a digest of its bytes) skips exactly the batches already stored.
CREATE TABLE ${prefix}import_journal (
    import_id VARCHAR(64) NOT NULL,
    batch_no INT NOT NULL,
    first_line BIGINT NOT NULL,
    last_line BIGINT NOT NULL,
    parcours_count INT NOT NULL,
    actor_id VARCHAR(64) NOT NULL,
    recorded_epoch_second BIGINT NOT NULL,
    PRIMARY KEY (import_id, batch_no)
);
