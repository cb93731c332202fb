-- The awards of one source (every revision of a corrected match) are read together.
CREATE INDEX ix_pts_award_source ON pts_award (source_type, source_id);
