-- Who did what and when: role changes, failed logins, views and exports of personal data.
CREATE TABLE core_audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor_id    BIGINT NULL,
    actor_label VARCHAR(254) NOT NULL,
    action      VARCHAR(60) NOT NULL,
    target_type VARCHAR(60) NULL,
    target_id   VARCHAR(60) NULL,
    detail      VARCHAR(1000) NULL,
    address     VARCHAR(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_core_audit_log_time ON core_audit_log (occurred_at);
CREATE INDEX ix_core_audit_log_action ON core_audit_log (action, occurred_at);
CREATE INDEX ix_core_audit_log_actor ON core_audit_log (actor_id, occurred_at);
