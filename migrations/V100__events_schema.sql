-- Events (講座・塾・ワークショップ・フォーラム・フェスタ), their sessions, registrations with a
-- waitlist, attendance per session and course completions.
CREATE TABLE evt_event (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    title_kana             VARCHAR(200) NULL,
    description            TEXT NULL,
    category               VARCHAR(20) NOT NULL,
    organizer              VARCHAR(200) NULL,
    lecturer               VARCHAR(300) NULL,
    target_audience        VARCHAR(300) NULL,
    fee                    INT NULL,
    fee_note               VARCHAR(300) NULL,
    contact                VARCHAR(300) NULL,
    contact_phone          VARCHAR(30) NULL,
    accessibility          VARCHAR(1000) NULL,
    venue_name             VARCHAR(200) NULL,
    venue_address          VARCHAR(300) NULL,
    venue_access           VARCHAR(500) NULL,
    venue_parking          VARCHAR(300) NULL,
    online                 BOOLEAN NOT NULL DEFAULT FALSE,
    online_url             VARCHAR(500) NULL,
    capacity               INT NOT NULL,
    registration_opens_at  DATETIME(6) NOT NULL,
    registration_closes_at DATETIME(6) NOT NULL,
    max_companions         INT NOT NULL DEFAULT 0,
    questions              TEXT NULL,
    completion_min         INT NULL,
    status                 VARCHAR(12) NOT NULL,
    status_note            VARCHAR(1000) NULL,
    first_date             DATE NULL,
    last_date              DATE NULL,
    created_by             BIGINT NOT NULL,
    created_at             DATETIME(6) NOT NULL,
    updated_at             DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The public list reads by status and date.
CREATE INDEX ix_evt_event_status_date ON evt_event (status, first_date);

CREATE TABLE evt_session (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id   BIGINT NOT NULL,
    seq        INT NOT NULL,
    day        DATE NOT NULL,
    start_time TIME NOT NULL,
    end_time   TIME NOT NULL,
    CONSTRAINT fk_evt_session_event FOREIGN KEY (event_id) REFERENCES evt_event (id),
    CONSTRAINT uq_evt_session_seq UNIQUE (event_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per person and event (a double submit cannot create two). queued_at orders the
-- waitlist by arrival; re-registering after a cancellation queues the person again.
CREATE TABLE evt_registration (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    status       VARCHAR(12) NOT NULL,
    companions   INT NOT NULL DEFAULT 0,
    answers      TEXT NULL,
    queued_at    DATETIME(6) NOT NULL,
    confirmed_at DATETIME(6) NULL,
    cancelled_at DATETIME(6) NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_evt_registration_event FOREIGN KEY (event_id) REFERENCES evt_event (id),
    CONSTRAINT uq_evt_registration UNIQUE (event_id, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_evt_registration_queue ON evt_registration (event_id, status, queued_at, id);
CREATE INDEX ix_evt_registration_account ON evt_registration (account_id);

CREATE TABLE evt_attendance (
    session_id  BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    attended    BOOLEAN NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, account_id),
    CONSTRAINT fk_evt_attendance_session FOREIGN KEY (session_id) REFERENCES evt_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A course completion is announced once (CourseCompleted) per person.
CREATE TABLE evt_completion (
    event_id     BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    completed_on DATE NOT NULL,
    PRIMARY KEY (event_id, account_id),
    CONSTRAINT fk_evt_completion_event FOREIGN KEY (event_id) REFERENCES evt_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
