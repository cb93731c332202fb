-- Volunteers (人材バンク), まちづくりサポーター, the もとむ/ゆずる board and matches.
-- A volunteer row may come from a portal account or from the center's spreadsheet (no account).
-- Fields of activity and availability are bit masks so the matching ranking is one table scan.
CREATE TABLE dir_volunteer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT NULL,
    name            VARCHAR(100) NOT NULL,
    name_kana       VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(30) NULL,
    contact_method  VARCHAR(10) NOT NULL,
    skills          VARCHAR(1000) NULL,
    qualifications  VARCHAR(1000) NULL,
    field_mask      INT NOT NULL DEFAULT 0,
    availability    INT NOT NULL DEFAULT 0,
    area            VARCHAR(100) NULL,
    school_district VARCHAR(100) NULL,
    consent_share   BOOLEAN NOT NULL DEFAULT FALSE,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    deleted_at      DATETIME(6) NULL,
    CONSTRAINT uq_dir_volunteer_account UNIQUE (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_volunteer_active_kana ON dir_volunteer (active, name_kana);

-- まちづくりサポーター: set when a course is completed (events module) or by a coordinator.
CREATE TABLE dir_supporter (
    account_id BIGINT PRIMARY KEY,
    since      DATE NOT NULL,
    source     VARCHAR(200) NOT NULL,
    set_by     BIGINT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dir_post (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(10) NOT NULL,
    category        VARCHAR(20) NOT NULL,
    title           VARCHAR(150) NOT NULL,
    body            TEXT NOT NULL,
    needed_on       DATE NULL,
    time_text       VARCHAR(200) NULL,
    availability    INT NOT NULL DEFAULT 0,
    place           VARCHAR(200) NULL,
    school_district VARCHAR(100) NULL,
    area            VARCHAR(100) NULL,
    skills          VARCHAR(500) NULL,
    field_mask      INT NOT NULL DEFAULT 0,
    people_needed   INT NULL,
    property_kind   VARCHAR(20) NULL,
    owner_intention VARCHAR(500) NULL,
    account_id      BIGINT NOT NULL,
    group_id        BIGINT NULL,
    status          VARCHAR(20) NOT NULL,
    status_note     VARCHAR(500) NULL,
    expires_on      DATE NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    approved_at     DATETIME(6) NULL,
    closed_at       DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_post_status ON dir_post (status, kind, expires_on);
CREATE INDEX ix_dir_post_account ON dir_post (account_id);

CREATE TABLE dir_match (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id            BIGINT NOT NULL,
    volunteer_id       BIGINT NOT NULL,
    status             VARCHAR(20) NOT NULL,
    reasons            VARCHAR(1000) NULL,
    proposed_by        BIGINT NOT NULL,
    proposed_at        DATETIME(6) NOT NULL,
    responded_at       DATETIME(6) NULL,
    completed_at       DATETIME(6) NULL,
    activity_date      DATE NULL,
    minutes            INT NULL,
    volunteer_feedback VARCHAR(1000) NULL,
    requester_feedback VARCHAR(1000) NULL,
    cancel_reason      VARCHAR(500) NULL,
    CONSTRAINT fk_dir_match_post FOREIGN KEY (post_id) REFERENCES dir_post (id),
    CONSTRAINT fk_dir_match_volunteer FOREIGN KEY (volunteer_id) REFERENCES dir_volunteer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_match_volunteer ON dir_match (volunteer_id, proposed_at);
CREATE INDEX ix_dir_match_post ON dir_match (post_id, status);
