-- 推進計画・数値目標: plans with their level names, items (one sheet each, as Tomisato's progress
-- sheets), the yearly plan and the yearly results with their marks, departments and their members,
-- reporting rounds, tags linking items to what other modules record, and KPIs with their actuals.

CREATE TABLE pln_plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    first_year  INT NOT NULL,                 -- fiscal years, inclusive: 2016..2020 = H28..R2
    last_year   INT NOT NULL,
    summary     TEXT NULL,
    published   BOOLEAN NOT NULL DEFAULT FALSE,
    created_by  BIGINT NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The names of the levels: 推進項目 → 施策 → 事業 (Tomisato), コンセプト → 重点政策 (Furano).
CREATE TABLE pln_level (
    plan_id BIGINT NOT NULL,
    depth   INT NOT NULL,
    name    VARCHAR(50) NOT NULL,
    PRIMARY KEY (plan_id, depth),
    CONSTRAINT fk_pln_level_plan FOREIGN KEY (plan_id) REFERENCES pln_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A city department (課) that reports on its items; 部 is its division.
CREATE TABLE pln_department (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    division   VARCHAR(100) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_pln_department_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pln_department_member (
    department_id BIGINT NOT NULL,
    account_id    BIGINT NOT NULL,
    added_by      BIGINT NOT NULL,
    added_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (department_id, account_id),
    CONSTRAINT fk_pln_member_department FOREIGN KEY (department_id) REFERENCES pln_department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pln_member_account ON pln_department_member (account_id);

-- An item of the plan at any level (a 推進項目 has a number and a name; a 事業 has the whole sheet).
-- repost_of: a 【再掲】 item is the same item listed again under another heading.
CREATE TABLE pln_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id             BIGINT NOT NULL,
    parent_id           BIGINT NULL,
    depth               INT NOT NULL,
    number              VARCHAR(40) NOT NULL,
    sort_key            VARCHAR(120) NOT NULL,
    name                VARCHAR(300) NOT NULL,
    repost_of           BIGINT NULL,
    issue               TEXT NULL,
    purpose             TEXT NULL,
    content             TEXT NULL,
    target              VARCHAR(500) NULL,
    actor               VARCHAR(500) NULL,
    department_id       BIGINT NULL,
    department_note     VARCHAR(200) NULL,
    related_departments VARCHAR(500) NULL,
    completion          TEXT NULL,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    CONSTRAINT uq_pln_item_number UNIQUE (plan_id, number),
    CONSTRAINT fk_pln_item_plan FOREIGN KEY (plan_id) REFERENCES pln_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pln_item_department ON pln_item (department_id);

-- 主な関連事業, in the order the sheet lists them.
CREATE TABLE pln_item_link (
    item_id    BIGINT NOT NULL,
    related_id BIGINT NOT NULL,
    position   INT NOT NULL,
    PRIMARY KEY (item_id, related_id),
    CONSTRAINT fk_pln_link_item FOREIGN KEY (item_id) REFERENCES pln_item (id),
    CONSTRAINT fk_pln_link_related FOREIGN KEY (related_id) REFERENCES pln_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 年次計画: what the plan says for a fiscal year (検討 / 実施 / 見直し・実施 / →).
CREATE TABLE pln_item_year (
    item_id     BIGINT NOT NULL,
    fiscal_year INT NOT NULL,
    plan_text   VARCHAR(100) NOT NULL,
    PRIMARY KEY (item_id, fiscal_year),
    CONSTRAINT fk_pln_item_year_item FOREIGN KEY (item_id) REFERENCES pln_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A round of yearly reporting: departments report on their items for one fiscal year.
CREATE TABLE pln_round (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT NOT NULL,
    fiscal_year INT NOT NULL,
    due_on      DATE NOT NULL,
    status      VARCHAR(10) NOT NULL,          -- OPEN | CLOSED
    opened_by   BIGINT NOT NULL,
    opened_at   DATETIME(6) NOT NULL,
    closed_at   DATETIME(6) NULL,
    CONSTRAINT uq_pln_round_year UNIQUE (plan_id, fiscal_year),
    CONSTRAINT fk_pln_round_plan FOREIGN KEY (plan_id) REFERENCES pln_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 取組実績, 進捗状況 (DONE ✓ / ON_TRACK ◇ / CONTINUING ・) and 今後の方向性 of an item in a fiscal year.
-- status: DRAFT → SUBMITTED → RETURNED (with a comment) → SUBMITTED … → APPROVED (published).
CREATE TABLE pln_result (
    item_id        BIGINT NOT NULL,
    fiscal_year    INT NOT NULL,
    result_text    TEXT NULL,
    mark           VARCHAR(12) NULL,
    direction      TEXT NULL,
    status         VARCHAR(12) NOT NULL,
    review_comment TEXT NULL,
    updated_by     BIGINT NULL,
    updated_at     DATETIME(6) NOT NULL,
    submitted_by   BIGINT NULL,
    submitted_at   DATETIME(6) NULL,
    reviewed_by    BIGINT NULL,
    reviewed_at    DATETIME(6) NULL,
    published_at   DATETIME(6) NULL,
    PRIMARY KEY (item_id, fiscal_year),
    CONSTRAINT fk_pln_result_item FOREIGN KEY (item_id) REFERENCES pln_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pln_result_status ON pln_result (fiscal_year, status);

-- Each reminder sent to a department that had not reported.
CREATE TABLE pln_reminder (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    sent_by       BIGINT NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_pln_reminder_round FOREIGN KEY (round_id) REFERENCES pln_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a thing of another module (an event, a subsidy program, an outreach lecture) serves: kind and
-- id as that module's PlanFacts names them (plain ids across modules).
CREATE TABLE pln_tag (
    item_id   BIGINT NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    thing_id  BIGINT NOT NULL,
    tagged_by BIGINT NOT NULL,
    tagged_at DATETIME(6) NOT NULL,
    PRIMARY KEY (item_id, kind, thing_id),
    CONSTRAINT fk_pln_tag_item FOREIGN KEY (item_id) REFERENCES pln_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 数値目標: indicator, unit, baseline (value, year) and target (value, fiscal year); actuals are
-- entered by staff or computed from an Indicators code of a module (with its parameter).
CREATE TABLE pln_kpi (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT NOT NULL,
    position         INT NOT NULL,
    name             VARCHAR(300) NOT NULL,
    unit             VARCHAR(20) NOT NULL,
    baseline_value   DECIMAL(14, 2) NOT NULL,
    baseline_year    INT NOT NULL,
    target_value     DECIMAL(14, 2) NOT NULL,
    target_year      INT NOT NULL,
    source_code      VARCHAR(60) NULL,
    source_parameter VARCHAR(300) NULL,
    note             TEXT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_pln_kpi_plan FOREIGN KEY (plan_id) REFERENCES pln_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pln_kpi_actual (
    kpi_id      BIGINT NOT NULL,
    fiscal_year INT NOT NULL,
    value       DECIMAL(14, 2) NOT NULL,
    entered_by  BIGINT NOT NULL,
    entered_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (kpi_id, fiscal_year),
    CONSTRAINT fk_pln_kpi_actual_kpi FOREIGN KEY (kpi_id) REFERENCES pln_kpi (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
