-- 市政への参画 (voices): departments and their staff, the questionnaire engine, public comment, opinions to the
-- city and letters to the mayor, citizen members of councils, and citizen questionnaires.

-- The city's departments (担当課) and the staff of each. A coordinating department (企画課・広聴担当) routes the
-- opinions to the city and sees every submission; the others see what is theirs. Supervisors approve replies.
CREATE TABLE voi_department (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    coordinating BOOLEAN NOT NULL,
    created_by   BIGINT NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_voi_department_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE voi_department_member (
    department_id BIGINT NOT NULL,
    account_id    BIGINT NOT NULL,
    supervisor    BOOLEAN NOT NULL,
    added_by      BIGINT NOT NULL,
    added_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (department_id, account_id),
    CONSTRAINT fk_voi_member_department FOREIGN KEY (department_id) REFERENCES voi_department (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_voi_department_member_account ON voi_department_member (account_id);

-- The questionnaire engine, shared by the citizen questionnaires and the directory's yearly group survey.
-- A questionnaire is named by its owner (dir.survey, voi.survey) and the owner's id for it.
CREATE TABLE voi_qn_form (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner      VARCHAR(40) NOT NULL,
    owner_ref  BIGINT NOT NULL,
    frozen     BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_voi_qn_form UNIQUE (owner, owner_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- kind: SINGLE, MULTIPLE, SCALE (0-10) or TEXT; choices and condition choices one per line.
CREATE TABLE voi_qn_question (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_id               BIGINT NOT NULL,
    position              INT NOT NULL,
    text                  VARCHAR(500) NOT NULL,
    kind                  VARCHAR(10) NOT NULL,
    choices               TEXT NULL,
    required              BOOLEAN NOT NULL,
    condition_question_id BIGINT NULL,
    condition_choices     TEXT NULL,
    code                  VARCHAR(40) NULL,
    breakdown             BOOLEAN NOT NULL DEFAULT FALSE,
    low_label             VARCHAR(50) NULL,
    high_label            VARCHAR(50) NULL,
    CONSTRAINT fk_voi_qn_question_form FOREIGN KEY (form_id) REFERENCES voi_qn_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_voi_qn_question_form ON voi_qn_question (form_id, position);
CREATE INDEX ix_voi_qn_question_code ON voi_qn_question (code);

-- One sheet per respondent (the owner's key: group:12, or a random key for an anonymous citizen).
CREATE TABLE voi_qn_sheet (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_id      BIGINT NOT NULL,
    respondent   VARCHAR(100) NOT NULL,
    status       VARCHAR(10) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    submitted_at DATETIME(6) NULL,
    CONSTRAINT uq_voi_qn_sheet UNIQUE (form_id, respondent),
    CONSTRAINT fk_voi_qn_sheet_form FOREIGN KEY (form_id) REFERENCES voi_qn_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A choice answer holds its choices one per line, a scale its point, a free-text answer its text.
CREATE TABLE voi_qn_answer (
    sheet_id    BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    answer      TEXT NOT NULL,
    PRIMARY KEY (sheet_id, question_id),
    CONSTRAINT fk_voi_qn_answer_sheet FOREIGN KEY (sheet_id) REFERENCES voi_qn_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_voi_qn_answer_question ON voi_qn_answer (question_id);

-- パブリックコメント: a draft plan published for opinions during a period (usually 30 days).
-- eligibility: the kinds of people who may submit (RESIDENT, COMMUTER, BUSINESS, STAKEHOLDER), comma-separated.
CREATE TABLE voi_pc_draft (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200) NOT NULL,
    department_id        BIGINT NOT NULL,
    summary              TEXT NOT NULL,
    opens_on             DATE NOT NULL,
    closes_on            DATE NOT NULL,
    eligibility          VARCHAR(100) NOT NULL,
    sign_in_required     BOOLEAN NOT NULL,
    period_note          TEXT NULL,                       -- why the period is shorter than 30 days, if it is
    status               VARCHAR(20) NOT NULL,            -- PREPARING | PUBLISHED | RESULT_PUBLISHED
    result_changes       TEXT NULL,                       -- what changed in the plan after the opinions
    created_by           BIGINT NOT NULL,
    created_at           DATETIME(6) NOT NULL,
    published_by         BIGINT NULL,
    published_at         DATETIME(6) NULL,
    result_published_by  BIGINT NULL,
    result_published_at  DATETIME(6) NULL,
    CONSTRAINT fk_voi_pc_draft_department FOREIGN KEY (department_id) REFERENCES voi_department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_voi_pc_draft_period ON voi_pc_draft (closes_on);

-- The parts of a draft an opinion can point at (第3章 基本施策).
CREATE TABLE voi_pc_section (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id BIGINT NOT NULL,
    position INT NOT NULL,
    label    VARCHAR(200) NOT NULL,
    CONSTRAINT fk_voi_pc_section_draft FOREIGN KEY (draft_id) REFERENCES voi_pc_draft (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The draft's documents: PDF only, checked by their content.
CREATE TABLE voi_pc_document (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id    BIGINT NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    content     MEDIUMBLOB NOT NULL,
    uploaded_by BIGINT NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_voi_pc_document_draft FOREIGN KEY (draft_id) REFERENCES voi_pc_draft (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 意見の概要: staff group the opinions and write 市の考え方 for each group.
CREATE TABLE voi_pc_group (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id   BIGINT NOT NULL,
    position   INT NOT NULL,
    section_id BIGINT NULL,
    summary    TEXT NOT NULL,
    response   TEXT NULL,
    changed    BOOLEAN NOT NULL,
    updated_by BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_voi_pc_group_draft FOREIGN KEY (draft_id) REFERENCES voi_pc_draft (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An opinion on a draft (personal data: name, address). The fingerprint of who sent what keeps a form sent
-- twice (or four times at once) to one opinion; the receipt token opens the submitter's receipt.
CREATE TABLE voi_pc_opinion (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id          BIGINT NOT NULL,
    receipt_token     CHAR(32) NOT NULL,
    section_id        BIGINT NULL,
    body              TEXT NOT NULL,
    submitter_name    VARCHAR(100) NOT NULL,
    submitter_address VARCHAR(300) NOT NULL,
    category          VARCHAR(20) NOT NULL,
    account_id        BIGINT NULL,
    channel           VARCHAR(10) NOT NULL,              -- WEB | PAPER (by post, fax or at the counter)
    fingerprint       CHAR(64) NOT NULL,
    submitted_at      DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    group_id          BIGINT NULL,
    CONSTRAINT uq_voi_pc_opinion_receipt UNIQUE (receipt_token),
    CONSTRAINT uq_voi_pc_opinion_fingerprint UNIQUE (draft_id, fingerprint),
    CONSTRAINT fk_voi_pc_opinion_draft FOREIGN KEY (draft_id) REFERENCES voi_pc_draft (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- まちかど市長室: events of the events module where the mayor meets residents; opinions are recorded against them.
CREATE TABLE voi_town_meeting (
    event_id      BIGINT PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    held_on       DATE NULL,
    registered_by BIGINT NOT NULL,
    registered_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 市政へのご意見・市長への手紙 (personal data: name and contact). received → routed to a department → reply
-- drafted → approved by the department's supervisor (and mailed); published only with consent, without
-- personal details. due_on is the reply target (10 days after receipt).
CREATE TABLE voi_letter (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_token   CHAR(32) NOT NULL,
    channel         VARCHAR(14) NOT NULL,               -- WEB | TOWN_MEETING | PAPER
    event_id        BIGINT NULL,
    addressed_to    VARCHAR(8) NOT NULL,                -- MAYOR | CITY
    topic           VARCHAR(20) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            TEXT NOT NULL,
    reply_wanted    BOOLEAN NOT NULL,
    name            VARCHAR(100) NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(40) NULL,
    address         VARCHAR(300) NULL,
    publish_consent BOOLEAN NOT NULL,
    account_id      BIGINT NULL,
    fingerprint     CHAR(64) NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    due_on          DATE NOT NULL,
    recorded_by     BIGINT NULL,
    status          VARCHAR(10) NOT NULL,               -- RECEIVED | ROUTED | DRAFTED | APPROVED
    department_id   BIGINT NULL,
    routed_by       BIGINT NULL,
    routed_at       DATETIME(6) NULL,
    reply           TEXT NULL,
    drafted_by      BIGINT NULL,
    drafted_at      DATETIME(6) NULL,
    return_note     TEXT NULL,
    approved_by     BIGINT NULL,
    approved_at     DATETIME(6) NULL,
    replied_on      DATE NULL,
    reply_method    VARCHAR(6) NULL,                    -- MAIL | POST | NONE
    public_title    VARCHAR(200) NULL,
    public_summary  TEXT NULL,
    public_reply    TEXT NULL,
    published_by    BIGINT NULL,
    published_at    DATETIME(6) NULL,
    CONSTRAINT uq_voi_letter_receipt UNIQUE (receipt_token),
    CONSTRAINT uq_voi_letter_fingerprint UNIQUE (fingerprint)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_voi_letter_received ON voi_letter (received_at);
CREATE INDEX ix_voi_letter_department ON voi_letter (department_id, status);
CREATE INDEX ix_voi_letter_event ON voi_letter (event_id);

-- 審議会等 (councils and committees) with their seats, of which citizen seats (公募委員).
CREATE TABLE voi_council (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    department_id BIGINT NOT NULL,
    purpose       TEXT NULL,
    seats         INT NOT NULL,
    citizen_seats INT NOT NULL,
    created_by    BIGINT NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uq_voi_council_name UNIQUE (name),
    CONSTRAINT fk_voi_council_department FOREIGN KEY (department_id) REFERENCES voi_department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A recruitment call for citizen members: seats, who is eligible, the period and the essay theme.
CREATE TABLE voi_recruitment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id     BIGINT NOT NULL,
    seats          INT NOT NULL,
    eligibility    TEXT NOT NULL,
    essay_theme    VARCHAR(300) NOT NULL,
    essay_max      INT NOT NULL,
    opens_on       DATE NOT NULL,
    closes_on      DATE NOT NULL,
    term_starts_on DATE NOT NULL,
    term_ends_on   DATE NOT NULL,
    status         VARCHAR(10) NOT NULL,                -- OPEN | APPOINTED
    created_by     BIGINT NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    appointed_by   BIGINT NULL,
    appointed_at   DATETIME(6) NULL,
    CONSTRAINT fk_voi_recruitment_council FOREIGN KEY (council_id) REFERENCES voi_council (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An application with its essay (personal data). One per person and call.
CREATE TABLE voi_application (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    recruitment_id BIGINT NOT NULL,
    receipt_token  CHAR(32) NOT NULL,
    account_id     BIGINT NOT NULL,
    name           VARCHAR(100) NOT NULL,
    name_kana      VARCHAR(100) NOT NULL,
    address        VARCHAR(300) NOT NULL,
    phone          VARCHAR(40) NOT NULL,
    age_band       VARCHAR(10) NOT NULL,
    essay          TEXT NOT NULL,
    status         VARCHAR(14) NOT NULL,                -- APPLIED | SELECTED | NOT_SELECTED | APPOINTED
    submitted_at   DATETIME(6) NOT NULL,
    decided_by     BIGINT NULL,
    decided_at     DATETIME(6) NULL,
    CONSTRAINT uq_voi_application_receipt UNIQUE (receipt_token),
    CONSTRAINT uq_voi_application_person UNIQUE (recruitment_id, account_id),
    CONSTRAINT fk_voi_application_recruitment FOREIGN KEY (recruitment_id) REFERENCES voi_recruitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Citizen members, appointed from an application (or recorded from before the portal, application_id NULL).
CREATE TABLE voi_council_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id     BIGINT NOT NULL,
    application_id BIGINT NULL,
    name           VARCHAR(100) NOT NULL,
    starts_on      DATE NOT NULL,
    ends_on        DATE NOT NULL,
    appointed_by   BIGINT NOT NULL,
    appointed_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_voi_council_member_application UNIQUE (application_id),
    CONSTRAINT fk_voi_council_member_council FOREIGN KEY (council_id) REFERENCES voi_council (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_voi_council_member_term ON voi_council_member (council_id, starts_on, ends_on);

-- 市民アンケート: questions and answers live in the engine (owner voi.survey). respondents: OPEN (anyone, one
-- answer per browser), SIGNED_IN (one per account), SAMPLE (one per code sent to a random sample).
CREATE TABLE voi_survey (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    title          VARCHAR(200) NOT NULL,
    intro          TEXT NULL,
    department_id  BIGINT NOT NULL,
    opens_on       DATE NOT NULL,
    closes_on      DATE NOT NULL,
    respondents    VARCHAR(10) NOT NULL,
    status         VARCHAR(10) NOT NULL,                -- DRAFT | OPEN | CLOSED
    results_public BOOLEAN NOT NULL,
    created_by     BIGINT NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    opened_at      DATETIME(6) NULL,
    closed_at      DATETIME(6) NULL,
    CONSTRAINT fk_voi_survey_department FOREIGN KEY (department_id) REFERENCES voi_department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answer codes printed on the letters to a sample; each answers once.
CREATE TABLE voi_survey_code (
    survey_id BIGINT NOT NULL,
    code      CHAR(10) NOT NULL,
    used_at   DATETIME(6) NULL,
    PRIMARY KEY (survey_id, code),
    CONSTRAINT fk_voi_survey_code_survey FOREIGN KEY (survey_id) REFERENCES voi_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who has answered (account:ID, code:CODE, browser:TOKEN), kept apart from the sheets so that an answer is
-- never linked to the person: the primary key gives one answer per person.
CREATE TABLE voi_survey_participant (
    survey_id   BIGINT NOT NULL,
    participant VARCHAR(100) NOT NULL,
    answered_on DATE NOT NULL,
    PRIMARY KEY (survey_id, participant),
    CONSTRAINT fk_voi_survey_participant_survey FOREIGN KEY (survey_id) REFERENCES voi_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
