-- Each course completion (events' CourseCompleted) the directory has handled, so that a repeated
-- delivery of the same event makes nobody a サポーター twice (or again, after a coordinator removed it).
CREATE TABLE dir_supporter_course (
    event_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    handled_at DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
