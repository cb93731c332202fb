-- A post form carries a one-time key: the same form sent twice (a double click, a retry on a slow
-- line) is one post. Older posts have none.
ALTER TABLE dir_post ADD COLUMN form_key VARCHAR(40) NULL;
CREATE UNIQUE INDEX uq_dir_post_form_key ON dir_post (account_id, form_key);
CREATE INDEX ix_dir_post_account_created ON dir_post (account_id, created_at);
