--liquibase formatted sql

--changeset imc:sdg-1
-- The UN Sustainable Development Goals' targets (reference data: the goals' names are in the
-- translation bundles as sdg.goal.1 … sdg.goal.17; a further target is one more row).
CREATE TABLE sdg_target (
    code VARCHAR(6) NOT NULL PRIMARY KEY,
    goal_number INT NOT NULL,
    sort_key INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    CONSTRAINT ck_sdg_goal CHECK (goal_number BETWEEN 1 AND 17)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('1.4', 1, 4, 'Equal rights to economic resources and basic services');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('1.5', 1, 5, 'Resilience of the poor to disasters');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('2.3', 2, 3, 'Productivity and incomes of small-scale food producers');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('2.4', 2, 4, 'Sustainable food production systems');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('3.3', 3, 3, 'End epidemics and communicable diseases');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('3.9', 3, 9, 'Fewer deaths and illnesses from pollution');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('4.1', 4, 1, 'Free, equitable primary and secondary education');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('4.3', 4, 3, 'Access to technical, vocational and tertiary education');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('4.4', 4, 4, 'Skills for employment and decent jobs');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('4.a', 4, 100, 'Safe, inclusive education facilities');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('5.5', 5, 5, 'Women''s participation and leadership');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('6.1', 6, 1, 'Safe and affordable drinking water');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('6.2', 6, 2, 'Sanitation and hygiene for all');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('6.3', 6, 3, 'Water quality, wastewater treatment and safe reuse');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('6.4', 6, 4, 'Water-use efficiency');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('6.b', 6, 101, 'Local participation in water and sanitation management');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('7.1', 7, 1, 'Access to modern energy services');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('7.3', 7, 3, 'Energy efficiency');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('8.3', 8, 3, 'Job creation, entrepreneurship and small enterprises');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('8.5', 8, 5, 'Full employment and decent work');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('9.1', 9, 1, 'Quality, reliable and resilient infrastructure');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('9.c', 9, 102, 'Access to information and communications technology');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('10.2', 10, 2, 'Social, economic and political inclusion');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.1', 11, 1, 'Adequate, safe and affordable housing');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.2', 11, 2, 'Safe, affordable and sustainable transport');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.3', 11, 3, 'Inclusive, participatory urban planning');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.5', 11, 5, 'Fewer people affected by disasters');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.6', 11, 6, 'Air quality and municipal waste management');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.7', 11, 7, 'Safe, inclusive green and public spaces');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('11.b', 11, 101, 'Integrated policies and disaster risk reduction in cities');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('12.3', 12, 3, 'Less food waste and food loss');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('12.5', 12, 5, 'Less waste through prevention, recycling and reuse');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('12.7', 12, 7, 'Sustainable public procurement');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('13.1', 13, 1, 'Resilience and adaptive capacity to climate hazards');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('13.2', 13, 2, 'Climate measures in policies and planning');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('13.3', 13, 3, 'Education and capacity on climate change');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('14.1', 14, 1, 'Less marine pollution');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('15.1', 15, 1, 'Conservation of terrestrial and freshwater ecosystems');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('15.3', 15, 3, 'Combat desertification, restore degraded land');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('16.6', 16, 6, 'Effective, accountable and transparent institutions');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('16.7', 16, 7, 'Responsive, inclusive and representative decision-making');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('16.10', 16, 10, 'Public access to information');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('17.9', 17, 9, 'Capacity-building in developing countries');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('17.16', 17, 16, 'Global partnership for sustainable development');
INSERT INTO sdg_target (code, goal_number, sort_key, title) VALUES ('17.17', 17, 17, 'Public, public-private and civil-society partnerships');

-- Work-plan goals, courses and fund applications (and so their loans) tagged with SDG targets
CREATE TABLE work_plan_goal_sdg (
    goal_id BIGINT NOT NULL,
    target_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (goal_id, target_code),
    CONSTRAINT fk_goal_sdg_goal FOREIGN KEY (goal_id) REFERENCES work_plan_goal (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_sdg_target FOREIGN KEY (target_code) REFERENCES sdg_target (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_goal_sdg_target ON work_plan_goal_sdg (target_code, goal_id);

CREATE TABLE course_sdg (
    course_id BIGINT NOT NULL,
    target_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (course_id, target_code),
    CONSTRAINT fk_course_sdg_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_sdg_target FOREIGN KEY (target_code) REFERENCES sdg_target (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fund_application_sdg (
    application_id BIGINT NOT NULL,
    target_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (application_id, target_code),
    CONSTRAINT fk_application_sdg_application FOREIGN KEY (application_id) REFERENCES fund_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_application_sdg_target FOREIGN KEY (target_code) REFERENCES sdg_target (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
