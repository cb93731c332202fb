-- A volunteer who asks to be contacted by post (郵送) gives a postal code (123-4567) and an address.
-- Contact details like the phone: shown to coordinators only, erased with the registration.
ALTER TABLE dir_volunteer
    ADD COLUMN postal_code VARCHAR(8) NULL AFTER phone,
    ADD COLUMN address     VARCHAR(200) NULL AFTER postal_code;
