-- 感謝状, 市民活動総合補償制度, ちい寄附, 市民活動フェスタ (the support module).

-- 感謝状: one nomination round per fiscal year, with its period and the ceremony.
CREATE TABLE sup_letter_round (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year    INT NOT NULL,
    opens_on       DATE NOT NULL,
    closes_on      DATE NOT NULL,
    ceremony_on    DATE NULL,
    ceremony_place VARCHAR(200) NULL,
    next_number    INT NOT NULL DEFAULT 1,            -- the next certificate number of the round
    created_by     BIGINT NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uq_sup_letter_round_year UNIQUE (fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A citizen's nomination of a group (from the directory, or by name) or a person.
CREATE TABLE sup_nomination (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id            BIGINT NOT NULL,
    nominator_id        BIGINT NOT NULL,
    nominator_name      VARCHAR(100) NOT NULL,
    nominee_kind        VARCHAR(8) NOT NULL,          -- GROUP | PERSON
    group_id            BIGINT NULL,                  -- a directory group, when it is one
    nominee_name        VARCHAR(200) NOT NULL,
    nominee_kana        VARCHAR(200) NULL,
    nominee_key         VARCHAR(230) NOT NULL,        -- G:<group id> or N:<kind>:<name without spaces>
    reason              VARCHAR(2000) NOT NULL,
    years_active        INT NOT NULL,
    status              VARCHAR(12) NOT NULL,         -- SUBMITTED | SELECTED | NOT_SELECTED
    decided_by          BIGINT NULL,
    decided_at          DATETIME(6) NULL,
    certificate_number  INT NULL,
    publish_consent     BOOLEAN NOT NULL DEFAULT FALSE,
    consent_recorded_by BIGINT NULL,
    consent_recorded_at DATETIME(6) NULL,
    created_at          DATETIME(6) NOT NULL,
    -- one nominator cannot nominate the same group or person twice in a round (a double submit neither)
    CONSTRAINT uq_sup_nomination UNIQUE (round_id, nominator_id, nominee_key),
    CONSTRAINT fk_sup_nomination_round FOREIGN KEY (round_id) REFERENCES sup_letter_round (id),
    INDEX ix_sup_nomination_status (round_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The promotion committee's screening: one vote per member and nomination.
CREATE TABLE sup_nomination_vote (
    nomination_id BIGINT NOT NULL,
    reviewer_id   BIGINT NOT NULL,
    vote          VARCHAR(12) NOT NULL,               -- RECOMMEND | NOT_RECOMMEND | INELIGIBLE
    comment       VARCHAR(500) NULL,
    voted_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (nomination_id, reviewer_id),
    CONSTRAINT fk_sup_vote_nomination FOREIGN KEY (nomination_id) REFERENCES sup_nomination (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 市民活動総合補償制度: an accident during activity, reported by a group representative or a coordinator.
CREATE TABLE sup_claim (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    reporter_id     BIGINT NOT NULL,
    form_key        VARCHAR(40) NOT NULL,             -- the form's one-time key: a form sent twice is one claim
    group_id        BIGINT NULL,
    event_id        BIGINT NULL,
    match_id        BIGINT NULL,
    accident_on     DATE NOT NULL,
    fiscal_year     INT NOT NULL,
    place           VARCHAR(200) NOT NULL,
    activity        VARCHAR(500) NOT NULL,
    claim_kind      VARCHAR(12) NOT NULL,             -- INJURY (傷害) | LIABILITY (賠償責任)
    party_name      VARCHAR(100) NOT NULL,            -- the injured or damaged party
    health_details  VARCHAR(2000) NULL,               -- 要配慮個人情報: staff only, every view audited
    description     VARCHAR(2000) NOT NULL,
    status          VARCHAR(20) NOT NULL,             -- RECEIVED | INSURER_CONTACTED | COMPLETED
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_sup_claim_form UNIQUE (reporter_id, form_key),
    INDEX ix_sup_claim_year (fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The claim's documents (the group's rules, activity plan, member list), checked by content.
CREATE TABLE sup_claim_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT NOT NULL,
    kind         VARCHAR(12) NOT NULL,                -- RULES | PLAN | MEMBERS | OTHER
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      LONGBLOB NOT NULL,
    uploaded_by  BIGINT NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_sup_claim_file FOREIGN KEY (claim_id) REFERENCES sup_claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff's notes and status changes of a claim.
CREATE TABLE sup_claim_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id    BIGINT NOT NULL,
    author_id   BIGINT NOT NULL,
    status_from VARCHAR(20) NULL,
    status_to   VARCHAR(20) NULL,
    note        VARCHAR(2000) NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_sup_claim_note FOREIGN KEY (claim_id) REFERENCES sup_claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ちい寄附: partner shops, campaigns with their periods, and what each shop raised in a campaign.
CREATE TABLE sup_shop (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    area       VARCHAR(100) NOT NULL,
    kind       VARCHAR(8) NOT NULL,                   -- MENU (寄附メニュー) | BOX (募金箱)
    active     BOOLEAN NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_sup_shop_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sup_campaign (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year       INT NOT NULL,
    number            INT NOT NULL,                   -- 第1回, 第2回 …
    starts_on         DATE NOT NULL,
    ends_on           DATE NOT NULL,
    funds_fiscal_year INT NOT NULL,                   -- the subsidy program (fiscal year) the donations go to
    created_by        BIGINT NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT uq_sup_campaign UNIQUE (fiscal_year, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sup_donation (
    campaign_id BIGINT NOT NULL,
    shop_id     BIGINT NOT NULL,
    amount      BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (campaign_id, shop_id),
    CONSTRAINT ck_sup_donation_amount CHECK (amount >= 0),
    CONSTRAINT fk_sup_donation_campaign FOREIGN KEY (campaign_id) REFERENCES sup_campaign (id),
    CONSTRAINT fk_sup_donation_shop FOREIGN KEY (shop_id) REFERENCES sup_shop (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 市民活動フェスタ: an edition per fiscal year, its display periods, exhibits with photos, and the board of the season.
CREATE TABLE sup_festa (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year       INT NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(2000) NOT NULL,
    exchange_event_id BIGINT NULL,                    -- the online exchange session (an event)
    published         BOOLEAN NOT NULL,
    created_by        BIGINT NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT uq_sup_festa_year UNIQUE (fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sup_festa_period (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    festa_id  BIGINT NOT NULL,
    name      VARCHAR(100) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on   DATE NOT NULL,
    place     VARCHAR(200) NULL,
    CONSTRAINT uq_sup_festa_period UNIQUE (festa_id, name),
    CONSTRAINT fk_sup_festa_period FOREIGN KEY (festa_id) REFERENCES sup_festa (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sup_festa_exhibit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    festa_id     BIGINT NOT NULL,
    group_id     BIGINT NULL,
    group_name   VARCHAR(200) NOT NULL,
    exhibit_text VARCHAR(2000) NOT NULL,
    video_url    VARCHAR(500) NULL,                   -- shown as a link, never embedded
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_sup_festa_exhibit UNIQUE (festa_id, group_name),
    CONSTRAINT fk_sup_festa_exhibit FOREIGN KEY (festa_id) REFERENCES sup_festa (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sup_festa_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    exhibit_id   BIGINT NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      LONGBLOB NOT NULL,
    alt_text     VARCHAR(200) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_sup_festa_photo FOREIGN KEY (exhibit_id) REFERENCES sup_festa_exhibit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- もとむくん・ゆずるくん掲示板 of the season: what the participating groups want and offer, shown with the festa.
CREATE TABLE sup_festa_post (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    festa_id   BIGINT NOT NULL,
    kind       VARCHAR(8) NOT NULL,                   -- WANT | OFFER
    group_name VARCHAR(200) NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_sup_festa_post FOREIGN KEY (festa_id) REFERENCES sup_festa (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
