-- When a partner shop of ちい寄附 last changed (added, ended, resumed): the open-data list of shops says when it changed.
ALTER TABLE sup_shop ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE sup_shop SET updated_at = created_at WHERE updated_at IS NULL;
