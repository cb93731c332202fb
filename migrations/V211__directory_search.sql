-- Site search: the folded text (kyodo.core.SearchText) of groups, outreach lectures and board posts,
-- with the hash of the text it was folded from. The search brings it up to date itself (rows with no
-- entry or a different hash are folded again), so existing rows are filled in on the first search.
CREATE TABLE dir_search (
    kind       VARCHAR(10) NOT NULL,      -- GROUP | LECTURE | POST
    source_id  BIGINT NOT NULL,
    text_hash  CHAR(32) NOT NULL,
    folded     TEXT NOT NULL,
    PRIMARY KEY (kind, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
