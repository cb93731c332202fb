-- Publishing (the portal module): news, newsletters, activity case studies and the 情報コーナー.

CREATE TABLE por_news (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_key    VARCHAR(40) NOT NULL,                 -- the form's one-time key: a form sent twice is one item
    category    VARCHAR(12) NOT NULL,                 -- NOTICE | EVENT | RECRUIT | SUBSIDY | REPORT
    title       VARCHAR(200) NOT NULL,
    body        TEXT NOT NULL,                        -- Markdown, rendered and sanitised when shown
    publish_on  DATE NOT NULL,
    expires_on  DATE NULL,
    created_by  BIGINT NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_by  BIGINT NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_por_news_form UNIQUE (form_key),
    INDEX ix_por_news_publish (publish_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE por_newsletter (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    issue_number INT NOT NULL,
    title        VARCHAR(200) NOT NULL,
    published_on DATE NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      LONGBLOB NOT NULL,
    created_by   BIGINT NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_por_newsletter_issue UNIQUE (issue_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE por_case (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_key      VARCHAR(40) NOT NULL,
    title         VARCHAR(200) NOT NULL,
    group_id      BIGINT NULL,
    group_name    VARCHAR(200) NOT NULL,
    body          TEXT NOT NULL,                      -- Markdown
    origin_kind   VARCHAR(8) NOT NULL,                -- NONE | SUBSIDY | MATCH
    origin_id     BIGINT NULL,                        -- the subsidy application or the match it started from
    consent_by    VARCHAR(100) NULL,                  -- who agreed for the group
    consent_on    DATE NULL,
    published     BOOLEAN NOT NULL,
    created_by    BIGINT NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    CONSTRAINT uq_por_case_form UNIQUE (form_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE por_case_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      LONGBLOB NOT NULL,
    alt_text     VARCHAR(200) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_por_case_photo FOREIGN KEY (case_id) REFERENCES por_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 情報コーナー: places where the center's leaflets are available.
CREATE TABLE por_info_corner (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    address    VARCHAR(200) NOT NULL,
    hours      VARCHAR(200) NULL,
    note       VARCHAR(500) NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_por_info_corner UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
