-- Large CSV imports run in the background; staff follow them on a status page.
-- The counters are written in their own short transactions while the import's single
-- (all-or-nothing) transaction is still open, so the page can show how far it has got.
CREATE TABLE dir_import_job (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NULL,
    state          VARCHAR(20)  NOT NULL,
    rows_total     INT NULL,
    rows_read      INT NOT NULL DEFAULT 0,
    rows_validated INT NOT NULL DEFAULT 0,
    rows_written   INT NOT NULL DEFAULT 0,
    error_count    INT NOT NULL DEFAULT 0,
    created_by     BIGINT NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    finished_at    DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_import_job_created ON dir_import_job (created_at);

-- The bad rows of a failed job (at most the first 200; error_count says how many in all).
CREATE TABLE dir_import_job_error (
    job_id      BIGINT NOT NULL,
    seq         INT NOT NULL,
    line        BIGINT NOT NULL,
    column_name VARCHAR(200) NOT NULL,
    message_key VARCHAR(100) NOT NULL,
    arg         VARCHAR(200) NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_dir_import_job_error_job FOREIGN KEY (job_id) REFERENCES dir_import_job (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
