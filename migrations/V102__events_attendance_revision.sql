-- Each change of a person's mark at a session counts up, so that every AttendanceRecorded and
-- AttendanceWithdrawn carries its own number: marked present, corrected to absent and marked present
-- again are three events, and a listener keyed on (session, person, revision) acts on each once.
ALTER TABLE evt_attendance ADD COLUMN revision INT NOT NULL DEFAULT 1;
