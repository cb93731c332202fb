-- The waitlist is ordered by a position the queueing transaction assigns under the event's row
-- lock, not by time: timestamps can tie (a server that drops fractional seconds), and a person who
-- cancels and registers again must queue behind everyone already there.
ALTER TABLE evt_registration ADD COLUMN queue_position BIGINT NOT NULL DEFAULT 0;

UPDATE evt_registration r
  JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY queued_at, id) AS position
          FROM evt_registration) numbered ON numbered.id = r.id
   SET r.queue_position = numbered.position;

DROP INDEX ix_evt_registration_queue ON evt_registration;
CREATE INDEX ix_evt_registration_queue ON evt_registration (event_id, status, queue_position);
