-- A program's downloadable forms (申請書様式) carry the name the public page shows (「申請書」),
-- apart from the uploaded file's name. Attachments and photos leave it empty.
-- The content type widens: a Word form's type
-- (application/vnd.openxmlformats-officedocument.wordprocessingml.document) is 71 characters.
ALTER TABLE sub_file
    ADD COLUMN title VARCHAR(100) NULL AFTER owner_id,
    MODIFY COLUMN content_type VARCHAR(100) NOT NULL;
