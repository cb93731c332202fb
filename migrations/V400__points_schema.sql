-- 地域活動ポイント: rules per fiscal year, host facilities, activities to confirm, and a double-entry,
-- append-only ledger (accounts and transfers) with the award decisions that feed it.

-- The rules of one fiscal year. Changing them never rewrites points already posted.
CREATE TABLE pts_rule_set (
    fiscal_year            INT PRIMARY KEY,
    basis                  VARCHAR(12) NOT NULL,            -- PER_HOUR | PER_ACTIVITY
    points_per_hour        INT NOT NULL,
    rounding               VARCHAR(8) NOT NULL,             -- FLOOR | HALF_UP | CEILING (partial hours)
    points_per_activity    INT NOT NULL,
    long_activity_minutes  INT NOT NULL,                    -- PER_ACTIVITY: this long or longer earns …
    long_activity_points   INT NOT NULL,                    -- … this many instead
    daily_cap              INT NOT NULL,
    yearly_cap             INT NOT NULL,
    yen_per_point          INT NOT NULL,
    exchange_step          INT NOT NULL,
    exchange_opens_on      DATE NOT NULL,                   -- in the following fiscal year
    exchange_closes_on     DATE NOT NULL,
    carry_over             BOOLEAN NOT NULL,
    earning_kinds          VARCHAR(200) NOT NULL,           -- EVENT_ATTENDANCE,MATCH,HOST_ACTIVITY
    updated_by             BIGINT NULL,
    updated_at             DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per event: whether attending earns points, and a fixed number instead of the rules.
CREATE TABLE pts_event_setting (
    event_id    BIGINT PRIMARY KEY,
    earns       BOOLEAN NOT NULL,
    fixed_points INT NULL,
    updated_by  BIGINT NOT NULL,
    updated_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Directory groups registered as host facilities (受入施設・団体).
CREATE TABLE pts_host (
    group_id      BIGINT PRIMARY KEY,
    active        BOOLEAN NOT NULL,
    registered_by BIGINT NOT NULL,
    registered_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An activity at a host: recorded by the host (or by the volunteer and confirmed by the host),
-- then checked by a coordinator, which posts its points.
CREATE TABLE pts_activity (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    volunteer_id      BIGINT NOT NULL,
    host_group_id     BIGINT NOT NULL,
    activity_date     DATE NOT NULL,
    minutes           INT NOT NULL,
    description       VARCHAR(500) NOT NULL,
    status            VARCHAR(16) NOT NULL,                 -- PENDING | HOST_CONFIRMED | POSTED | REJECTED
    recorded_by       BIGINT NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    host_confirmed_by BIGINT NULL,
    host_confirmed_at DATETIME(6) NULL,
    checked_by        BIGINT NULL,
    checked_at        DATETIME(6) NULL,
    reject_reason     VARCHAR(500) NULL,
    -- one activity per volunteer, host and day: a double submit cannot record it twice
    CONSTRAINT uq_pts_activity_day UNIQUE (volunteer_id, host_group_id, activity_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pts_activity_status ON pts_activity (status, recorded_at);
CREATE INDEX ix_pts_activity_host ON pts_activity (host_group_id, status);

-- Ledger accounts: the issuer, each volunteer's account per fiscal year, and where points go
-- (exchanged, donated to a group, expired). balance is kept in the transaction of every transfer,
-- under the account's row lock; the transfers are the record.
CREATE TABLE pts_account (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(12) NOT NULL,                       -- ISSUER | VOLUNTEER | EXCHANGE | DONATION | EXPIRED
    owner_id    BIGINT NOT NULL,                            -- the volunteer's account, the group; 0 for the others
    fiscal_year INT NOT NULL,                               -- 0 for the issuer
    balance     BIGINT NOT NULL,
    CONSTRAINT uq_pts_account UNIQUE (kind, owner_id, fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The issuer exists from the start, so that no award has to open it.
INSERT INTO pts_account (kind, owner_id, fiscal_year, balance) VALUES ('ISSUER', 0, 0, 0);

CREATE TABLE pts_transfer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_account_id BIGINT NOT NULL,
    to_account_id   BIGINT NOT NULL,
    points          INT NOT NULL,
    kind            VARCHAR(12) NOT NULL,                   -- AWARD | EXCHANGE | DONATION | EXPIRY | CARRY_OVER | ADJUSTMENT | REVERSAL
    source_key      VARCHAR(200) NOT NULL,                  -- the idempotency key from the source
    reverses_id     BIGINT NULL,
    reason          VARCHAR(500) NULL,
    created_by      BIGINT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_pts_transfer_source UNIQUE (source_key),
    CONSTRAINT ck_pts_transfer_points CHECK (points > 0),
    CONSTRAINT fk_pts_transfer_from FOREIGN KEY (from_account_id) REFERENCES pts_account (id),
    CONSTRAINT fk_pts_transfer_to FOREIGN KEY (to_account_id) REFERENCES pts_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pts_transfer_from ON pts_transfer (from_account_id, id);
CREATE INDEX ix_pts_transfer_to ON pts_transfer (to_account_id, id);

-- Entries are never changed or removed: a correction is a transfer that reverses another.
CREATE TRIGGER tr_pts_transfer_no_update BEFORE UPDATE ON pts_transfer FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pts_transfer is append-only';
CREATE TRIGGER tr_pts_transfer_no_delete BEFORE DELETE ON pts_transfer FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pts_transfer is append-only';

-- One decision per earning source (an attendance, a match, a host activity): what the rules gave, what
-- fitted under the caps and what did not, so the volunteer sees why. reversed_points grows when the
-- source is corrected; the caps count awarded - reversed.
CREATE TABLE pts_award (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_key       VARCHAR(200) NOT NULL,
    source_type      VARCHAR(20) NOT NULL,                  -- EVENT_ATTENDANCE | MATCH | HOST_ACTIVITY
    source_id        BIGINT NOT NULL,
    volunteer_id     BIGINT NOT NULL,
    fiscal_year      INT NOT NULL,
    activity_date    DATE NOT NULL,
    minutes          INT NOT NULL,
    host_group_id    BIGINT NULL,
    district         VARCHAR(100) NULL,                     -- the volunteer's area when awarded, for the reports
    label            VARCHAR(300) NOT NULL,
    points_earned    INT NOT NULL,
    points_awarded   INT NOT NULL,
    points_over_cap  INT NOT NULL,
    reversed_points  INT NOT NULL DEFAULT 0,
    transfer_id      BIGINT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uq_pts_award_source UNIQUE (source_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pts_award_volunteer_day ON pts_award (volunteer_id, activity_date);
CREATE INDEX ix_pts_award_volunteer_year ON pts_award (volunteer_id, fiscal_year, id);
CREATE INDEX ix_pts_award_year ON pts_award (fiscal_year, activity_date);

-- A volunteer's request to exchange points of one fiscal year (in the rule's steps) or to donate them
-- to a group. Approval moves the points; while requested they are held from other requests.
CREATE TABLE pts_exchange_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    volunteer_id  BIGINT NOT NULL,
    fiscal_year   INT NOT NULL,
    kind          VARCHAR(10) NOT NULL,                     -- VOUCHER | CASH | DONATION
    points        INT NOT NULL,
    yen           BIGINT NOT NULL,
    group_id      BIGINT NULL,
    status        VARCHAR(10) NOT NULL,                     -- REQUESTED | APPROVED | REJECTED | WITHDRAWN
    requested_at  DATETIME(6) NOT NULL,
    decided_by    BIGINT NULL,
    decided_at    DATETIME(6) NULL,
    decision_note VARCHAR(500) NULL,
    transfer_id   BIGINT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pts_exchange_volunteer ON pts_exchange_request (volunteer_id, fiscal_year, status);
CREATE INDEX ix_pts_exchange_status ON pts_exchange_request (fiscal_year, status);

-- Year ends done: what was left in a year's volunteer accounts after its exchange window expired or carried over.
CREATE TABLE pts_year_end (
    fiscal_year  INT PRIMARY KEY,
    accounts     INT NOT NULL,
    points       BIGINT NOT NULL,
    completed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
