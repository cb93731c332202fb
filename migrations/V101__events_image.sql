-- An event's optional image (a flyer or a photo), with the text read out in its place.
CREATE TABLE evt_event_image (
    event_id     BIGINT PRIMARY KEY,
    content_type VARCHAR(40) NOT NULL,
    content      MEDIUMBLOB NOT NULL,
    alt_text     VARCHAR(200) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_evt_event_image_event FOREIGN KEY (event_id) REFERENCES evt_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
