-- 市民活動支援補助金: programs per fiscal year, categories (部門), windows (募集期), rubric,
-- applications with budget lines, reviews and scores, files. Amounts are whole yen.
CREATE TABLE sub_program (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year     INT NOT NULL,
    name            VARCHAR(200) NOT NULL,
    purpose         TEXT NOT NULL,
    budget          BIGINT NOT NULL,
    fund_source     VARCHAR(200) NOT NULL,
    eligible_types  VARCHAR(300) NOT NULL,
    guidelines      TEXT NOT NULL,
    report_due_days INT NOT NULL DEFAULT 30,
    created_at      DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id  BIGINT NOT NULL,
    name        VARCHAR(100) NOT NULL,
    max_amount  BIGINT NOT NULL,
    rate_num    INT NOT NULL,
    rate_den    INT NOT NULL,
    description TEXT NOT NULL,
    CONSTRAINT fk_sub_category_program FOREIGN KEY (program_id) REFERENCES sub_program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_window (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id          BIGINT NOT NULL,
    number              INT NOT NULL,
    opens_at            DATETIME NOT NULL,
    closes_at           DATETIME NOT NULL,
    session_date        DATE NULL,
    session_time        TIME NULL,
    session_place       VARCHAR(200) NULL,
    results_released_at DATETIME(6) NULL,
    CONSTRAINT fk_sub_window_program FOREIGN KEY (program_id) REFERENCES sub_program (id),
    CONSTRAINT uq_sub_window_number UNIQUE (program_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reviewers of a window's 審査会 (the promotion committee members sitting that day).
CREATE TABLE sub_window_reviewer (
    window_id   BIGINT NOT NULL,
    reviewer_id BIGINT NOT NULL,
    PRIMARY KEY (window_id, reviewer_id),
    CONSTRAINT fk_sub_window_reviewer FOREIGN KEY (window_id) REFERENCES sub_window (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id  BIGINT NOT NULL,
    name        VARCHAR(100) NOT NULL,
    weight      INT NOT NULL,
    sort_order  INT NOT NULL,
    CONSTRAINT fk_sub_criterion_program FOREIGN KEY (program_id) REFERENCES sub_program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_application (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id        BIGINT NOT NULL,
    window_id         BIGINT NOT NULL,
    category_id       BIGINT NOT NULL,
    group_id          BIGINT NOT NULL,
    applicant_id      BIGINT NOT NULL,
    status            VARCHAR(20) NOT NULL,
    title             VARCHAR(200) NOT NULL,
    purpose           TEXT NOT NULL,
    content           TEXT NOT NULL,
    schedule          TEXT NOT NULL,
    place             VARCHAR(200) NOT NULL,
    expected_effect   TEXT NOT NULL,
    project_start     DATE NULL,
    project_end       DATE NULL,
    requested_amount  BIGINT NOT NULL,
    screening_message TEXT NULL,
    submitted_at      DATETIME(6) NULL,
    slot_order        INT NULL,
    slot_time         TIME NULL,
    awarded_amount    BIGINT NULL,
    decision_reason   TEXT NULL,
    decided_at        DATETIME(6) NULL,
    award_number      VARCHAR(40) NULL,
    withdrawn_at      DATETIME(6) NULL,
    withdraw_reason   TEXT NULL,
    released_amount   BIGINT NULL,
    report_text       TEXT NULL,
    reported_at       DATETIME(6) NULL,
    reminded_at       DATETIME(6) NULL,
    paid_amount       BIGINT NULL,
    confirmed_amount  BIGINT NULL,
    refund_amount     BIGINT NULL,
    confirmed_at      DATETIME(6) NULL,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_sub_application_program FOREIGN KEY (program_id) REFERENCES sub_program (id),
    CONSTRAINT fk_sub_application_window FOREIGN KEY (window_id) REFERENCES sub_window (id),
    CONSTRAINT fk_sub_application_category FOREIGN KEY (category_id) REFERENCES sub_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sub_application_group ON sub_application (group_id);
CREATE INDEX ix_sub_application_applicant ON sub_application (applicant_id);

-- 収支予算書 (stage PLAN) and 収支決算書 (stage ACTUAL).
CREATE TABLE sub_budget_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT NOT NULL,
    stage          VARCHAR(10) NOT NULL,
    kind           VARCHAR(10) NOT NULL,
    line_no        INT NOT NULL,
    category       VARCHAR(60) NOT NULL,
    item           VARCHAR(200) NOT NULL,
    amount         BIGINT NOT NULL,
    eligible       BOOLEAN NOT NULL,
    CONSTRAINT fk_sub_budget_line_application FOREIGN KEY (application_id) REFERENCES sub_application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_review (
    application_id BIGINT NOT NULL,
    reviewer_id    BIGINT NOT NULL,
    recused        BOOLEAN NOT NULL DEFAULT FALSE,
    recusal_reason VARCHAR(300) NULL,
    comment        TEXT NULL,
    scored_at      DATETIME(6) NULL,
    PRIMARY KEY (application_id, reviewer_id),
    CONSTRAINT fk_sub_review_application FOREIGN KEY (application_id) REFERENCES sub_application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_score (
    application_id BIGINT NOT NULL,
    reviewer_id    BIGINT NOT NULL,
    criterion_id   BIGINT NOT NULL,
    score          INT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id, criterion_id),
    CONSTRAINT fk_sub_score_criterion FOREIGN KEY (criterion_id) REFERENCES sub_criterion (id),
    CONSTRAINT ck_sub_score_range CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files: program forms (様式), application attachments, report photos.
CREATE TABLE sub_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_type   VARCHAR(20) NOT NULL,
    owner_id     BIGINT NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(60) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      MEDIUMBLOB NOT NULL,
    created_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sub_file_owner ON sub_file (owner_type, owner_id);
