-- Personal access tokens for the JSON API: only the SHA-256 of the secret is stored.
CREATE TABLE core_access_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64) NOT NULL,
    scope        VARCHAR(10) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6) NULL,
    last_used_at DATETIME(6) NULL,
    CONSTRAINT uq_core_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_core_access_token_account FOREIGN KEY (account_id) REFERENCES core_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_core_access_token_account ON core_access_token (account_id);

-- API calls counted per key ("token:<id>", "address:<ip>") in one-minute windows, shared by every app instance.
CREATE TABLE core_api_rate (
    rate_key     VARCHAR(100) PRIMARY KEY,
    window_start DATETIME NOT NULL,
    hits         INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
