-- Notifications are written here in the same transaction as the change they report,
-- then sent by SMTP when mail is configured (otherwise kept for administrators to see).
CREATE TABLE core_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at      DATETIME(6) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NOT NULL,
    sent_at         DATETIME(6) NULL,
    last_error      VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_core_outbox_pending ON core_outbox (status, next_attempt_at);
