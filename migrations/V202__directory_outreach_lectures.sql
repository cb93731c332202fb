-- 架け橋～市民活動出前講座: lectures groups offer, and the requests residents and schools send.
-- Fields of activity and audiences are short lists of codes kept in one column each
-- (searched with FIND_IN_SET): the catalog holds a few dozen lectures, not thousands.
CREATE TABLE dir_lecture (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id       BIGINT NOT NULL,
    title          VARCHAR(150) NOT NULL,
    description    TEXT NOT NULL,
    audiences      VARCHAR(200) NOT NULL,
    audience_note  VARCHAR(200) NULL,
    minutes        INT NOT NULL,
    fee_amount     INT NULL,              -- NULL = free (無料)
    fee_note       VARCHAR(200) NULL,
    host_prepares  VARCHAR(1000) NULL,
    fields         VARCHAR(500) NOT NULL,
    service_area   VARCHAR(200) NULL,
    min_people     INT NULL,
    max_people     INT NULL,
    published      BOOLEAN NOT NULL,
    created_by     BIGINT NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_dir_lecture_group FOREIGN KEY (group_id) REFERENCES dir_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_lecture_group ON dir_lecture (group_id, published);

-- A request for a lecture. The contact columns are personal data: shown to the requester,
-- coordinators and staff (logged), and to the group's representative only once 成立.
CREATE TABLE dir_lecture_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    lecture_id    BIGINT NOT NULL,
    group_id      BIGINT NOT NULL,
    account_id    BIGINT NOT NULL,
    organisation  VARCHAR(150) NOT NULL,
    contact_name  VARCHAR(100) NOT NULL,
    phone         VARCHAR(30) NULL,
    email         VARCHAR(254) NULL,
    date1         DATE NOT NULL,
    time1         VARCHAR(50) NULL,
    date2         DATE NULL,
    time2         VARCHAR(50) NULL,
    place         VARCHAR(200) NOT NULL,
    participants  INT NOT NULL,
    message       TEXT NULL,
    status        VARCHAR(20) NOT NULL,
    fixed_date    DATE NULL,
    fixed_time    VARCHAR(50) NULL,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_dir_lecture_request_lecture FOREIGN KEY (lecture_id) REFERENCES dir_lecture (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dir_lecture_request_status ON dir_lecture_request (status, created_at);
CREATE INDEX ix_dir_lecture_request_account ON dir_lecture_request (account_id);
CREATE INDEX ix_dir_lecture_request_group ON dir_lecture_request (group_id);

-- Each status change and coordinator note, in order.
CREATE TABLE dir_lecture_request_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT NOT NULL,
    status      VARCHAR(20) NOT NULL,
    note        VARCHAR(1000) NULL,
    actor_id    BIGINT NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_dir_lecture_request_log FOREIGN KEY (request_id) REFERENCES dir_lecture_request (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
