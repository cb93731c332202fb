-- Site search: the folded text (kyodo.core.SearchText) of each subsidy program, with the hash of the text it was
-- folded from. The search brings it up to date itself (rows with no entry or a different hash are folded
-- again), so existing rows are filled in on the first search.
CREATE TABLE sub_search (
    source_id  BIGINT PRIMARY KEY,
    text_hash  CHAR(32) NOT NULL,
    folded     TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
