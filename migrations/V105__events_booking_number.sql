-- 受付番号: every registration gets a short number the person can read out on the phone, "E<event>-<nnnn>",
-- from the event's id and the queue position the registering transaction gives under the event's row lock
-- (a person who cancels and registers again is queued again and gets a new number). Existing registrations
-- are numbered from their queue positions, which V103 made unique within each event.
ALTER TABLE evt_registration ADD COLUMN booking_number VARCHAR(24) NULL;

UPDATE evt_registration
   SET booking_number = CONCAT('E', event_id, '-',
                               IF(queue_position < 10000, LPAD(queue_position, 4, '0'), CAST(queue_position AS CHAR)));

ALTER TABLE evt_registration MODIFY booking_number VARCHAR(24) NOT NULL;
CREATE UNIQUE INDEX uq_evt_registration_booking ON evt_registration (booking_number);
