-- Accounts, their roles, login sessions, password resets and login throttling.
CREATE TABLE core_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    name_kana       VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    area            VARCHAR(100) NULL,
    school_district VARCHAR(100) NULL,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_core_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_core_account_kana ON core_account (name_kana);

CREATE TABLE core_account_role (
    account_id BIGINT NOT NULL,
    role       VARCHAR(20) NOT NULL,
    granted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_core_account_role_account FOREIGN KEY (account_id) REFERENCES core_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per login; logout revokes it, so a copied cookie stops working.
CREATE TABLE core_session (
    id         CHAR(43) PRIMARY KEY,
    account_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT fk_core_session_account FOREIGN KEY (account_id) REFERENCES core_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_core_session_account ON core_session (account_id);

-- Only the SHA-256 of a reset token is stored.
CREATE TABLE core_password_reset (
    token_hash CHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT fk_core_password_reset_account FOREIGN KEY (account_id) REFERENCES core_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins counted per account ("account:<email>") and per address ("address:<ip>").
CREATE TABLE core_login_throttle (
    throttle_key  VARCHAR(300) PRIMARY KEY,
    failures      INT NOT NULL,
    window_start  DATETIME(6) NOT NULL,
    blocked_until DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
