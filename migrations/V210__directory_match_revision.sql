-- Each time a coordinator corrects a done match (its date or length) or re-opens it, the revision goes up,
-- so the points module can take back what the earlier revision gave and give what the new one earns.
ALTER TABLE dir_match ADD COLUMN revision INT NOT NULL DEFAULT 1;
