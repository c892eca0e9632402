--liquibase formatted sql

--changeset imc:demo-results context:demo
-- SDG targets on the demo's courses, fund applications and partnership goals; signatories,
-- areas of emphasis and a measured work plan on two affiliate agreements.
INSERT INTO course_sdg (course_id, target_code)
SELECT c.id, m.code FROM course c JOIN (
    SELECT 'DRINKING_WATER' AS sub, '6.1' AS code UNION ALL SELECT 'SANITATION', '6.2'
    UNION ALL SELECT 'WASTEWATER_TREATMENT', '6.3' UNION ALL SELECT 'SOLID_WASTE_MANAGEMENT', '11.6'
    UNION ALL SELECT 'GIS_GPS_INTERNET_PLATFORMS', '9.c' UNION ALL SELECT 'ROAD_INFRASTRUCTURE', '9.1'
    UNION ALL SELECT 'ICT_DISTANCE_LEARNING', '4.4') m ON m.sub = c.sub_programme;
INSERT INTO course_sdg (course_id, target_code) SELECT id, '4.4' FROM course
WHERE NOT EXISTS (SELECT 1 FROM course_sdg s WHERE s.course_id = course.id AND s.target_code = '4.4');

INSERT INTO fund_application_sdg (application_id, target_code)
SELECT a.id, m.code FROM fund_application a JOIN (
    SELECT 'DRINKING_WATER' AS sub, '6.1' AS code UNION ALL SELECT 'SANITATION', '6.2'
    UNION ALL SELECT 'WASTEWATER_TREATMENT', '6.3' UNION ALL SELECT 'SOLID_WASTE_MANAGEMENT', '11.6'
    UNION ALL SELECT 'SOLID_WASTE_MANAGEMENT', '12.5' UNION ALL SELECT 'ROAD_INFRASTRUCTURE', '9.1'
    UNION ALL SELECT 'DRINKING_WATER', '3.9') m ON m.sub = a.sub_programme;

INSERT INTO work_plan_goal_sdg (goal_id, target_code)
SELECT g.id, m.code FROM work_plan_goal g JOIN (
    SELECT 'Share the slum upgrading programme handbook' AS d, '11.1' AS code
    UNION ALL SELECT 'Pilot a GIS property register in two wards', '9.c'
    UNION ALL SELECT 'Joint report to the network assembly', '17.17'
    UNION ALL SELECT 'Second staff exchange on housing finance', '11.1'
    UNION ALL SELECT 'Study visit to the prepaid water kiosks', '6.1'
    UNION ALL SELECT 'Train 20 sanitation facilitators', '6.2'
    UNION ALL SELECT 'Train 20 sanitation facilitators', '4.4'
    UNION ALL SELECT 'Compare social housing allocation rules', '11.1'
    UNION ALL SELECT 'BRT operations staff exchange', '11.2') m ON m.d = g.description;

-- Kisumu's facilitators: a measured goal (people trained against a target of 20)
INSERT INTO goal_indicator (goal_id, what, unit, baseline_value, baseline_date, target_value, target_date)
SELECT id, 'Sanitation facilitators certified', 'people', 0, DATE '2026-01-15', 20, DATE '2026-08-31'
FROM work_plan_goal WHERE description = 'Train 20 sanitation facilitators';
INSERT INTO goal_measurement (indicator_id, measured_value, measured_on, source, recorded_by)
SELECT i.id, 5, DATE '2026-03-31', 'Training register, Kisumu public health', (SELECT id FROM app_user WHERE username = 'liaison')
FROM goal_indicator i JOIN work_plan_goal g ON g.id = i.goal_id WHERE g.description = 'Train 20 sanitation facilitators';
INSERT INTO goal_measurement (indicator_id, measured_value, measured_on, source, recorded_by)
SELECT i.id, 9, DATE '2026-06-30', 'Training register, Kisumu public health', (SELECT id FROM app_user WHERE username = 'liaison')
FROM goal_indicator i JOIN work_plan_goal g ON g.id = i.goal_id WHERE g.description = 'Train 20 sanitation facilitators';

-- SALGA and CAMA: signed strategic alliances with areas of emphasis
UPDATE affiliate_agreement a JOIN affiliate f ON f.id = a.affiliate_id
SET a.imc_signatory_name = 'Lina Okafor', a.imc_signatory_title = 'Network liaison', a.imc_signed_on = a.start_date,
    a.affiliate_signatory_name = CASE f.acronym WHEN 'SALGA' THEN 'Sithole Mbanga' ELSE 'Jean Savoie' END,
    a.affiliate_signatory_title = CASE f.acronym WHEN 'SALGA' THEN 'Chief Executive Officer' ELSE 'Executive Director' END,
    a.affiliate_signed_on = a.start_date,
    a.liaison_id = (SELECT id FROM app_user WHERE username = 'liaison')
WHERE f.acronym IN ('SALGA', 'CAMA');
UPDATE affiliate SET liaison_id = (SELECT id FROM app_user WHERE username = 'liaison') WHERE acronym IN ('SALGA', 'CAMA');
INSERT INTO affiliate_agreement_emphasis (agreement_id, area_code)
SELECT a.id, e.code FROM affiliate_agreement a JOIN affiliate f ON f.id = a.affiliate_id
JOIN (SELECT 'SALGA' AS acr, 'GOVERNANCE' AS code UNION ALL SELECT 'SALGA', 'LEADERSHIP'
      UNION ALL SELECT 'SALGA', 'INCLUSIVENESS' UNION ALL SELECT 'CAMA', 'ETHICS'
      UNION ALL SELECT 'CAMA', 'MEMBERSHIP') e ON e.acr = f.acronym;

-- SALGA's work plan for 2026: one goal done, one measured, one overdue
INSERT INTO work_plan (owner_kind, owner_id, plan_year)
SELECT 'AGREEMENT', a.id, 2026 FROM affiliate_agreement a JOIN affiliate f ON f.id = a.affiliate_id WHERE f.acronym = 'SALGA';
INSERT INTO work_plan_goal (work_plan_id, description, owner, target_date, status, progress)
SELECT p.id, 'Joint code of ethics for municipal managers', 'SALGA governance unit', DATE '2026-05-31', 'DONE', 100
FROM work_plan p JOIN affiliate_agreement a ON a.id = p.owner_id JOIN affiliate f ON f.id = a.affiliate_id
WHERE p.owner_kind = 'AGREEMENT' AND f.acronym = 'SALGA';
INSERT INTO work_plan_goal (work_plan_id, description, owner, target_date, status, progress)
SELECT p.id, 'Municipal managers completing the leadership course', 'SALGA capacity building', DATE '2026-12-15', 'IN_PROGRESS', 40
FROM work_plan p JOIN affiliate_agreement a ON a.id = p.owner_id JOIN affiliate f ON f.id = a.affiliate_id
WHERE p.owner_kind = 'AGREEMENT' AND f.acronym = 'SALGA';
INSERT INTO work_plan_goal (work_plan_id, description, owner, target_date, status, progress)
SELECT p.id, 'Women in municipal leadership survey', 'Liaison office', DATE '2026-09-30', 'PLANNED', 0
FROM work_plan p JOIN affiliate_agreement a ON a.id = p.owner_id JOIN affiliate f ON f.id = a.affiliate_id
WHERE p.owner_kind = 'AGREEMENT' AND f.acronym = 'SALGA';
INSERT INTO work_plan_goal_sdg (goal_id, target_code)
SELECT id, CASE description WHEN 'Joint code of ethics for municipal managers' THEN '16.6'
                            WHEN 'Municipal managers completing the leadership course' THEN '4.4' ELSE '5.5' END
FROM work_plan_goal WHERE description IN ('Joint code of ethics for municipal managers',
    'Municipal managers completing the leadership course', 'Women in municipal leadership survey');
INSERT INTO goal_indicator (goal_id, what, unit, baseline_value, baseline_date, target_value, target_date)
SELECT id, 'Managers completing the course', 'people', 0, DATE '2026-01-01', 150, DATE '2026-12-15'
FROM work_plan_goal WHERE description = 'Municipal managers completing the leadership course';
INSERT INTO goal_measurement (indicator_id, measured_value, measured_on, source, recorded_by)
SELECT i.id, 60, DATE '2026-09-30', 'SALGA course register', (SELECT id FROM app_user WHERE username = 'liaison')
FROM goal_indicator i JOIN work_plan_goal g ON g.id = i.goal_id WHERE g.description = 'Municipal managers completing the leadership course';
