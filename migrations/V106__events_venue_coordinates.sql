-- The venue's coordinates (緯度・経度, as in the open-data event list), optional: with both set, the event page
-- links to the place on the GSI map (地理院地図).
ALTER TABLE evt_event ADD COLUMN venue_latitude DECIMAL(9, 6) NULL, ADD COLUMN venue_longitude DECIMAL(9, 6) NULL;
