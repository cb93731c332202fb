-- The yearly status survey (市民活動の実態及び意向調査): staff open a round, each approved group's
-- representative confirms the group's data and answers the round's questions.
CREATE TABLE dir_survey (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    fiscal_year      INT NOT NULL,
    opens_on         DATE NOT NULL,
    closes_on        DATE NOT NULL,
    intro            TEXT NULL,
    status           VARCHAR(10) NOT NULL,
    created_by       BIGINT NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    opened_at        DATETIME(6) NULL,
    closed_at        DATETIME(6) NULL,
    last_reminded_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- kind: TEXT, SINGLE or MULTIPLE; choices one per line. Fixed once the round is open.
CREATE TABLE dir_survey_question (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id BIGINT NOT NULL,
    position  INT NOT NULL,
    text      VARCHAR(500) NOT NULL,
    kind      VARCHAR(10) NOT NULL,
    choices   TEXT NULL,
    required  BOOLEAN NOT NULL,
    CONSTRAINT fk_dir_survey_question_survey FOREIGN KEY (survey_id) REFERENCES dir_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_survey_question_survey ON dir_survey_question (survey_id, position);

-- One answer set per group per round (the unique key makes a double submit harmless).
CREATE TABLE dir_survey_response (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id         BIGINT NOT NULL,
    group_id          BIGINT NOT NULL,
    status            VARCHAR(10) NOT NULL,
    data_confirmed_at DATETIME(6) NULL,
    updated_by        BIGINT NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    submitted_by      BIGINT NULL,
    submitted_at      DATETIME(6) NULL,
    CONSTRAINT uq_dir_survey_response UNIQUE (survey_id, group_id),
    CONSTRAINT fk_dir_survey_response_survey FOREIGN KEY (survey_id) REFERENCES dir_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A multiple-choice answer holds its choices one per line.
CREATE TABLE dir_survey_answer (
    response_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    answer      TEXT NOT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_dir_survey_answer_response FOREIGN KEY (response_id) REFERENCES dir_survey_response (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each reminder sent to a group that had not answered.
CREATE TABLE dir_survey_reminder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id   BIGINT NOT NULL,
    group_id    BIGINT NOT NULL,
    reminded_by BIGINT NOT NULL,
    reminded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_dir_survey_reminder_survey FOREIGN KEY (survey_id) REFERENCES dir_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_survey_reminder_group ON dir_survey_reminder (survey_id, group_id, reminded_at);
