-- Domain events between modules: one row per event and listener, written in the transaction that
-- made the change, marked completed in the transaction in which the listener acted. Rows still
-- open after a failure or a stop are delivered again by a sweep on every instance.
CREATE TABLE core_event_publication (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    listener_id     VARCHAR(100) NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    payload         TEXT NOT NULL,
    published_at    DATETIME(6) NOT NULL,
    completed_at    DATETIME(6) NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NOT NULL,
    last_error      VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_core_event_publication_open ON core_event_publication (completed_at, next_attempt_at);
