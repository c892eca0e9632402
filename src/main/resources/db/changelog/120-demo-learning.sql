--liquibase formatted sql

--changeset imc:demo-learning-users context:demo
-- Forty learners (password "demo") who fill the demo sessions.
INSERT INTO app_user (username, full_name, email, password_hash, enabled, municipality_id) VALUES
  ('learner01', 'Amara Owusu', 'learner01@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner02', 'Kwame Silva', 'learner02@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner03', 'Lucia Haddad', 'learner03@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner04', 'Rashid Moyo', 'learner04@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner05', 'Ngozi Ferreira', 'learner05@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner06', 'Joao Kamau', 'learner06@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner07', 'Fatima Diaz', 'learner07@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner08', 'Samuel Nkosi', 'learner08@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner09', 'Aisha Banda', 'learner09@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner10', 'Carlos Reyes', 'learner10@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner11', 'Mei Owusu', 'learner11@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner12', 'Tendai Silva', 'learner12@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner13', 'Ines Haddad', 'learner13@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner14', 'Yusuf Moyo', 'learner14@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner15', 'Grace Ferreira', 'learner15@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner16', 'Pedro Kamau', 'learner16@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner17', 'Zanele Diaz', 'learner17@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner18', 'Omar Nkosi', 'learner18@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner19', 'Rosa Banda', 'learner19@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner20', 'Kofi Reyes', 'learner20@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner21', 'Amara Owusu', 'learner21@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner22', 'Kwame Silva', 'learner22@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner23', 'Lucia Haddad', 'learner23@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner24', 'Rashid Moyo', 'learner24@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner25', 'Ngozi Ferreira', 'learner25@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner26', 'Joao Kamau', 'learner26@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner27', 'Fatima Diaz', 'learner27@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner28', 'Samuel Nkosi', 'learner28@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner29', 'Aisha Banda', 'learner29@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner30', 'Carlos Reyes', 'learner30@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner31', 'Mei Owusu', 'learner31@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner32', 'Tendai Silva', 'learner32@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner33', 'Ines Haddad', 'learner33@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner34', 'Yusuf Moyo', 'learner34@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner35', 'Grace Ferreira', 'learner35@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner36', 'Pedro Kamau', 'learner36@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner37', 'Zanele Diaz', 'learner37@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner38', 'Omar Nkosi', 'learner38@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner39', 'Rosa Banda', 'learner39@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('learner40', 'Kofi Reyes', 'learner40@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL);
INSERT INTO app_user_role (user_id, role) SELECT id, 'MEMBER' FROM app_user WHERE username LIKE 'learner__';

--changeset imc:demo-learning-courses context:demo
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Introduction to Municipal Water Safety Planning', 'How a municipality maps the risks to its drinking water from catchment to tap and writes a water safety plan that operators can follow.', 'DRINKING_WATER', 'ENGLISH', 'LIVE_ONLINE', id, 12, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Community-Led Total Sanitation', 'Triggering, follow-up and verification of open-defecation-free communities, with examples from West African municipalities.', 'SANITATION', 'FRENCH', 'SELF_PACED', id, 8, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Faecal Sludge Management for Small Towns', 'Emptying, transport and treatment of faecal sludge where there is no sewer network; business models for private emptiers.', 'WASTEWATER_TREATMENT', 'ENGLISH', 'LIVE_ONLINE', id, 20, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Solid Waste Collection Routes and Costs', 'Designing collection routes, costing them per tonne and per household, and reporting service levels to the council.', 'SOLID_WASTE_MANAGEMENT', 'SPANISH', 'LIVE_ONLINE', id, 10, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'GIS for Municipal Asset Registers', 'Building an asset register in QGIS from field surveys with phones and GPS, and keeping it current.', 'GIS_GPS_INTERNET_PLATFORMS', 'ENGLISH', 'SELF_PACED', id, 24, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Rural Road Maintenance Planning', 'Condition surveys, prioritisation and labour-based maintenance contracts for unpaved municipal roads.', 'ROAD_INFRASTRUCTURE', 'PORTUGUESE', 'LIVE_ONLINE', id, 14, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Climate-Smart Urban Agriculture', 'Allotments, rooftop gardens and composting schemes that municipalities can support with land and extension services.', 'SUSTAINABLE_AGRICULTURE', 'ENGLISH', 'SELF_PACED', id, 6, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Affordable Housing Finance Basics', 'Incremental housing, savings groups and guarantee funds: the finance tools behind affordable municipal housing programmes.', 'AFFORDABLE_HOUSING', 'ENGLISH', 'LIVE_ONLINE', id, 12, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Running Distance Learning for Council Staff', 'Choosing a platform, preparing short modules and keeping staff engaged when training happens online.', 'ICT_DISTANCE_LEARNING', 'ENGLISH', 'SELF_PACED', id, 4, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Preventive Maintenance of Public Buildings', 'Inspection calendars, maintenance budgets and small repair teams for schools, clinics and markets.', 'OPERATION_MAINTENANCE', 'ARABIC', 'LIVE_ONLINE', id, 10, NULL FROM app_user WHERE username = 'trainer';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Advanced Water Loss Reduction', 'District metering, pressure management and leak detection for utilities losing more than a third of the water they produce.', 'DRINKING_WATER', 'ENGLISH', 'LIVE_ONLINE', u.id, 16, p.id FROM app_user u, course p
  WHERE u.username = 'trainer' AND p.title = 'Introduction to Municipal Water Safety Planning';
INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours, prerequisite_id)
  SELECT 'Municipal Bonds and Revolving Funds', 'Creditworthiness, pooled financing and revolving funds for infrastructure in secondary cities.', 'FINANCING_MECHANISMS', 'FRENCH', 'LIVE_ONLINE', u.id, 18, p.id FROM app_user u, course p
  WHERE u.username = 'trainer' AND p.title = 'Affordable Housing Finance Basics';

--changeset imc:demo-learning-sessions context:demo
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Spring cohort', CURRENT_DATE + INTERVAL 21 DAY, CURRENT_DATE + INTERVAL 49 DAY, 20, CURRENT_DATE + INTERVAL -14 DAY, CURRENT_DATE + INTERVAL 14 DAY, FALSE FROM course WHERE title = 'Introduction to Municipal Water Safety Planning';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Autumn cohort', CURRENT_DATE + INTERVAL 120 DAY, CURRENT_DATE + INTERVAL 148 DAY, 25, CURRENT_DATE + INTERVAL 30 DAY, CURRENT_DATE + INTERVAL 110 DAY, FALSE FROM course WHERE title = 'Introduction to Municipal Water Safety Planning';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'First cohort', CURRENT_DATE + INTERVAL 60 DAY, CURRENT_DATE + INTERVAL 95 DAY, 15, CURRENT_DATE + INTERVAL -5 DAY, CURRENT_DATE + INTERVAL 50 DAY, FALSE FROM course WHERE title = 'Advanced Water Loss Reduction';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Open enrolment', CURRENT_DATE + INTERVAL -30 DAY, CURRENT_DATE + INTERVAL 150 DAY, 200, CURRENT_DATE + INTERVAL -30 DAY, CURRENT_DATE + INTERVAL 150 DAY, FALSE FROM course WHERE title = 'Community-Led Total Sanitation';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Spring cohort', CURRENT_DATE + INTERVAL 14 DAY, CURRENT_DATE + INTERVAL 56 DAY, 15, CURRENT_DATE + INTERVAL -20 DAY, CURRENT_DATE + INTERVAL 10 DAY, TRUE FROM course WHERE title = 'Faecal Sludge Management for Small Towns';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Cohort 1', CURRENT_DATE + INTERVAL 10 DAY, CURRENT_DATE + INTERVAL 31 DAY, 12, CURRENT_DATE + INTERVAL -10 DAY, CURRENT_DATE + INTERVAL 7 DAY, FALSE FROM course WHERE title = 'Solid Waste Collection Routes and Costs';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Cohort 2', CURRENT_DATE + INTERVAL 75 DAY, CURRENT_DATE + INTERVAL 96 DAY, 12, CURRENT_DATE + INTERVAL 20 DAY, CURRENT_DATE + INTERVAL 70 DAY, FALSE FROM course WHERE title = 'Solid Waste Collection Routes and Costs';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Open enrolment', CURRENT_DATE + INTERVAL -60 DAY, CURRENT_DATE + INTERVAL 305 DAY, 100, CURRENT_DATE + INTERVAL -60 DAY, CURRENT_DATE + INTERVAL 300 DAY, FALSE FROM course WHERE title = 'GIS for Municipal Asset Registers';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Cohort 1', CURRENT_DATE + INTERVAL 30 DAY, CURRENT_DATE + INTERVAL 58 DAY, 18, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL 25 DAY, FALSE FROM course WHERE title = 'Rural Road Maintenance Planning';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Open enrolment', CURRENT_DATE + INTERVAL -10 DAY, CURRENT_DATE + INTERVAL 80 DAY, 60, CURRENT_DATE + INTERVAL -10 DAY, CURRENT_DATE + INTERVAL 80 DAY, FALSE FROM course WHERE title = 'Climate-Smart Urban Agriculture';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Spring cohort', CURRENT_DATE + INTERVAL 25 DAY, CURRENT_DATE + INTERVAL 46 DAY, 16, CURRENT_DATE + INTERVAL -10 DAY, CURRENT_DATE + INTERVAL 20 DAY, TRUE FROM course WHERE title = 'Affordable Housing Finance Basics';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'First cohort', CURRENT_DATE + INTERVAL 90 DAY, CURRENT_DATE + INTERVAL 118 DAY, 20, CURRENT_DATE + INTERVAL 10 DAY, CURRENT_DATE + INTERVAL 80 DAY, TRUE FROM course WHERE title = 'Municipal Bonds and Revolving Funds';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Past cohort', CURRENT_DATE + INTERVAL -90 DAY, CURRENT_DATE + INTERVAL -76 DAY, 30, CURRENT_DATE + INTERVAL -120 DAY, CURRENT_DATE + INTERVAL -91 DAY, FALSE FROM course WHERE title = 'Running Distance Learning for Council Staff';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Current cohort', CURRENT_DATE + INTERVAL -3 DAY, CURRENT_DATE + INTERVAL 27 DAY, 30, CURRENT_DATE + INTERVAL -20 DAY, CURRENT_DATE + INTERVAL 20 DAY, FALSE FROM course WHERE title = 'Running Distance Learning for Council Staff';
INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, enrolment_closes, approval_required)
  SELECT id, 'Cohort 1', CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL 14 DAY, 10, CURRENT_DATE + INTERVAL -30 DAY, CURRENT_DATE + INTERVAL -8 DAY, FALSE FROM course WHERE title = 'Preventive Maintenance of Public Buildings';

--changeset imc:demo-learning-enrolments context:demo
-- full with a waitlist
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Introduction to Municipal Water Safety Planning' AND s.name = 'Spring cohort'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner01', 'learner02', 'learner03', 'learner04', 'learner05', 'learner06', 'learner07', 'learner08', 'learner09', 'learner10', 'learner11', 'learner12', 'learner13', 'learner14', 'learner15', 'learner16', 'learner17', 'learner18', 'learner19', 'learner20');
INSERT INTO enrolment (session_id, user_id, status, waitlist_position)
  SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Introduction to Municipal Water Safety Planning' AND s.name = 'Spring cohort'), id, 'WAITLISTED', ROW_NUMBER() OVER (ORDER BY username) FROM app_user WHERE username IN ('learner21', 'learner22', 'learner23', 'learner24', 'learner25');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Faecal Sludge Management for Small Towns' AND s.name = 'Spring cohort'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner05', 'learner06', 'learner07', 'learner08', 'learner09', 'learner10', 'learner11', 'learner12', 'learner13', 'learner14', 'learner15', 'learner16', 'learner17', 'learner18', 'learner19');
INSERT INTO enrolment (session_id, user_id, status, waitlist_position)
  SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Faecal Sludge Management for Small Towns' AND s.name = 'Spring cohort'), id, 'WAITLISTED', ROW_NUMBER() OVER (ORDER BY username) FROM app_user WHERE username IN ('learner26', 'learner27', 'learner28', 'learner29', 'learner30', 'learner31', 'learner32', 'learner33');
-- exactly full, without a waitlist and without member
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Solid Waste Collection Routes and Costs' AND s.name = 'Cohort 1'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner30', 'learner31', 'learner32', 'learner33', 'learner34', 'learner35', 'learner36', 'learner37', 'learner38', 'learner39', 'learner40');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Solid Waste Collection Routes and Costs' AND s.name = 'Cohort 1'), id, 'ENROLLED' FROM app_user WHERE username = 'officer2';
-- awaiting the trainer's approval
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Affordable Housing Finance Basics' AND s.name = 'Spring cohort'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner01', 'learner02', 'learner03', 'learner04', 'learner05', 'learner06', 'learner07', 'learner08', 'learner09');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Affordable Housing Finance Basics' AND s.name = 'Spring cohort'), id, 'PENDING' FROM app_user WHERE username IN ('learner10', 'learner11', 'learner12');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Community-Led Total Sanitation' AND s.name = 'Open enrolment'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner01', 'learner02', 'learner03', 'learner04', 'learner05', 'learner06', 'learner07', 'learner08', 'learner09', 'learner10', 'learner11', 'learner12', 'learner13', 'learner14', 'learner15', 'learner16', 'learner17', 'learner18', 'learner19', 'learner20', 'learner21', 'learner22', 'learner23', 'learner24', 'learner25', 'learner26', 'learner27', 'learner28', 'learner29', 'learner30');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Climate-Smart Urban Agriculture' AND s.name = 'Open enrolment'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner15', 'learner16', 'learner17', 'learner18', 'learner19', 'learner20', 'learner21', 'learner22', 'learner23', 'learner24');
-- a past cohort with its outcomes
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Running Distance Learning for Council Staff' AND s.name = 'Past cohort'), id, 'COMPLETED' FROM app_user WHERE username IN ('learner01', 'learner02', 'learner03', 'learner04', 'learner05', 'learner06', 'learner07', 'learner08', 'learner09', 'learner10', 'learner11', 'learner12');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Running Distance Learning for Council Staff' AND s.name = 'Past cohort'), id, 'FAILED' FROM app_user WHERE username IN ('learner13', 'learner14');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Running Distance Learning for Council Staff' AND s.name = 'Past cohort'), id, 'NO_SHOW' FROM app_user WHERE username IN ('learner15');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Running Distance Learning for Council Staff' AND s.name = 'Current cohort'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner16', 'learner17', 'learner18', 'learner19', 'learner20', 'learner21', 'learner22');
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Preventive Maintenance of Public Buildings' AND s.name = 'Cohort 1'), id, 'ENROLLED' FROM app_user WHERE username IN ('learner30', 'learner31', 'learner32', 'learner33', 'learner34', 'learner35', 'learner36', 'learner37');
-- member: enrolled in two sessions, one course completed
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Climate-Smart Urban Agriculture' AND s.name = 'Open enrolment'), id, 'ENROLLED' FROM app_user WHERE username = 'member';
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Running Distance Learning for Council Staff' AND s.name = 'Past cohort'), id, 'COMPLETED' FROM app_user WHERE username = 'member';
INSERT INTO enrolment (session_id, user_id, status) SELECT (SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id WHERE c.title = 'Preventive Maintenance of Public Buildings' AND s.name = 'Cohort 1'), id, 'ENROLLED' FROM app_user WHERE username = 'member';
UPDATE enrolment SET completed_on = CURRENT_DATE - INTERVAL 76 DAY WHERE status = 'COMPLETED';

--changeset imc:demo-learning-certificates context:demo
-- Demo certificates get fresh codes each time the demo data is loaded (the application itself draws codes from SecureRandom).
INSERT INTO certificate (enrolment_id, code, learner_name, course_title, issued_on)
  SELECT e.id, CONCAT_WS('-', CONCAT(SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1)), CONCAT(SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1)), CONCAT(SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1)), CONCAT(SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1)), CONCAT(SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1), SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1))),
         u.full_name, c.title, e.completed_on
  FROM enrolment e JOIN app_user u ON u.id = e.user_id JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
  WHERE e.status = 'COMPLETED';
