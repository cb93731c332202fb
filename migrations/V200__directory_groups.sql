-- Citizen groups (団体), their fields of activity and their people (representative / members).
CREATE TABLE dir_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(150) NOT NULL,
    name_kana       VARCHAR(150) NOT NULL,
    group_type      VARCHAR(30)  NOT NULL,
    area            VARCHAR(100) NULL,
    school_district VARCHAR(100) NULL,
    founded_year    INT NULL,
    member_count    INT NULL,
    description     TEXT NULL,
    activity_days   VARCHAR(200) NULL,
    activity_place  VARCHAR(200) NULL,
    public_contact  VARCHAR(300) NULL,
    private_contact VARCHAR(300) NULL,
    website         VARCHAR(300) NULL,
    social_links    VARCHAR(500) NULL,
    status          VARCHAR(20)  NOT NULL,
    status_note     VARCHAR(500) NULL,
    created_by      BIGINT NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    approved_by     BIGINT NULL,
    approved_at     DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_group_status_kana ON dir_group (status, name_kana);

CREATE TABLE dir_group_field (
    group_id BIGINT NOT NULL,
    field    VARCHAR(30) NOT NULL,
    PRIMARY KEY (group_id, field),
    CONSTRAINT fk_dir_group_field_group FOREIGN KEY (group_id) REFERENCES dir_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_group_field_field ON dir_group_field (field, group_id);

-- Exactly one REPRESENTATIVE per group; handing over swaps the roles in one transaction.
CREATE TABLE dir_group_member (
    group_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    member_role VARCHAR(20) NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (group_id, account_id),
    CONSTRAINT fk_dir_group_member_group FOREIGN KEY (group_id) REFERENCES dir_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_group_member_account ON dir_group_member (account_id);
