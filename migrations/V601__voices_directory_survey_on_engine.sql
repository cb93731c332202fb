-- The directory's yearly group survey (実態及び意向調査) keeps its rounds, its groups' progress and its
-- reminders (dir_survey, dir_survey_response, dir_survey_reminder) and now asks its questions through the
-- shared questionnaire engine. This copies the questions and answers written so far into the engine's tables,
-- keeping the question ids (so q_<id> fields and e-mailed answers stay valid); an answer set becomes the sheet
-- of respondent group:<group id>. Only reads the directory's tables; dir_survey_question and dir_survey_answer
-- are no longer written.
INSERT INTO voi_qn_form (owner, owner_ref, frozen, created_at)
SELECT 'dir.survey', s.id, s.status <> 'DRAFT', s.created_at FROM dir_survey s;

INSERT INTO voi_qn_question (id, form_id, position, text, kind, choices, required, breakdown)
SELECT q.id, f.id, q.position, q.text, q.kind, q.choices, q.required, FALSE
FROM dir_survey_question q JOIN voi_qn_form f ON f.owner = 'dir.survey' AND f.owner_ref = q.survey_id;

INSERT INTO voi_qn_sheet (form_id, respondent, status, updated_at, submitted_at)
SELECT f.id, CONCAT('group:', r.group_id), CASE WHEN r.status = 'SUBMITTED' THEN 'SUBMITTED' ELSE 'DRAFT' END,
       r.updated_at, r.submitted_at
FROM dir_survey_response r JOIN voi_qn_form f ON f.owner = 'dir.survey' AND f.owner_ref = r.survey_id;

INSERT INTO voi_qn_answer (sheet_id, question_id, answer)
SELECT sh.id, a.question_id, a.answer
FROM dir_survey_answer a
JOIN dir_survey_response r ON r.id = a.response_id
JOIN voi_qn_form f ON f.owner = 'dir.survey' AND f.owner_ref = r.survey_id
JOIN voi_qn_sheet sh ON sh.form_id = f.id AND sh.respondent = CONCAT('group:', r.group_id);
