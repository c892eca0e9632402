--liquibase formatted sql

--changeset imc:demo-practices context:demo
-- Published practices of the library, one in review and a mayor's draft.
INSERT INTO practice (title, summary, problem, what_was_done, results, cost, lessons, municipality_id, country, language,
                      status, author_id, reviewer_id, submitted_at, published_at)
VALUES
  ('Prepaid water kiosks run by women''s groups',
   'Twelve prepaid kiosks bring safe drinking water to informal settlements at a fair price.',
   'Informal settlements bought water from vendors at five times the utility price, and much of it was unsafe.',
   'The utility built twelve kiosks with prepaid meters; women''s groups run them and keep a share of the sales.',
   'Households served rose from 3,000 to 11,500; the price fell by two thirds; water tests stay within the norms.',
   125000.00, 'Agree the operators'' share before building; train operators in bookkeeping first.',
   (SELECT id FROM municipality WHERE name = 'Kisumu'), 'Kenya', 'ENGLISH', 'PUBLISHED',
   (SELECT id FROM app_user WHERE username = 'mayor'), (SELECT id FROM app_user WHERE username = 'liaison'),
   NOW(6) - INTERVAL 40 DAY, NOW(6) - INTERVAL 35 DAY),
  ('Community-led total sanitation in market towns',
   'Open defecation ended in four market towns through community triggering and local latrine builders.',
   'Cholera outbreaks followed every rainy season; a third of households had no latrine.',
   'Health promoters ran triggering sessions; local masons were trained to build low-cost latrines sold on credit.',
   'Four towns were certified open-defecation free within 18 months; cholera cases fell by 80 %.',
   48000.00, 'Triggering works only when masons and credit are ready the same week.',
   (SELECT id FROM municipality WHERE name = 'Accra'), 'Ghana', 'ENGLISH', 'PUBLISHED',
   (SELECT id FROM app_user WHERE username = 'mayor'), (SELECT id FROM app_user WHERE username = 'liaison'),
   NOW(6) - INTERVAL 30 DAY, NOW(6) - INTERVAL 28 DAY),
  ('Composting market waste',
   'Forty tonnes of market waste a day composted instead of dumped.',
   'The dump site was full and market waste rotted in the streets.',
   'Market waste is sorted at the stalls, collected separately and composted in windrows sold to farmers.',
   'Waste to the dump fell by 35 %; compost sales cover the running costs.',
   210000.00, 'Sorting at the stall is the step that decides everything.',
   (SELECT id FROM municipality WHERE name = 'Kingston'), 'Jamaica', 'ENGLISH', 'PUBLISHED',
   (SELECT id FROM app_user WHERE username = 'mayor2'), (SELECT id FROM app_user WHERE username = 'liaison'),
   NOW(6) - INTERVAL 20 DAY, NOW(6) - INTERVAL 18 DAY),
  ('Registre foncier sur SIG dans deux quartiers',
   'Un registre des propriétés sur SIG a doublé les recettes de la taxe foncière dans deux quartiers pilotes.',
   'Le registre papier était incomplet et la taxe foncière rapportait peu.',
   'Relevés GPS des parcelles par des étudiants, saisie dans un SIG libre, avis de taxe imprimés depuis le registre.',
   'Recettes de la taxe foncière doublées en deux ans dans les quartiers pilotes.',
   35000.00, 'Associer les chefs de quartier dès les relevés.',
   (SELECT id FROM municipality WHERE name = 'Dakar'), 'Senegal', 'FRENCH', 'PUBLISHED',
   (SELECT id FROM app_user WHERE username = 'mayor'), (SELECT id FROM app_user WHERE username = 'liaison'),
   NOW(6) - INTERVAL 12 DAY, NOW(6) - INTERVAL 10 DAY),
  ('Rainwater harvesting for schools',
   'Tanks and filters give fourteen schools water through the dry season.',
   'Schools closed their toilets in the dry season for lack of water.',
   'Gutters, 10,000-litre tanks and ceramic filters at fourteen primary schools, maintained by parents'' committees.',
   'Toilets stay open all year; absences in the dry season fell by a quarter.',
   95000.00, NULL,
   (SELECT id FROM municipality WHERE name = 'Kingston'), 'Jamaica', 'ENGLISH', 'IN_REVIEW',
   (SELECT id FROM app_user WHERE username = 'mayor2'), NULL, NOW(6) - INTERVAL 2 DAY, NULL);
INSERT INTO practice_sub_programme (practice_id, sub_programme)
SELECT id, CASE title
    WHEN 'Prepaid water kiosks run by women''s groups' THEN 'DRINKING_WATER'
    WHEN 'Community-led total sanitation in market towns' THEN 'SANITATION'
    WHEN 'Composting market waste' THEN 'SOLID_WASTE_MANAGEMENT'
    WHEN 'Registre foncier sur SIG dans deux quartiers' THEN 'GIS_GPS_INTERNET_PLATFORMS'
    ELSE 'DRINKING_WATER' END
FROM practice WHERE title IN ('Prepaid water kiosks run by women''s groups', 'Community-led total sanitation in market towns',
    'Composting market waste', 'Registre foncier sur SIG dans deux quartiers', 'Rainwater harvesting for schools');
INSERT INTO practice_sdg (practice_id, target_code)
SELECT p.id, m.code FROM practice p JOIN (
    SELECT 'DRINKING_WATER' AS sub, '6.1' AS code UNION ALL SELECT 'SANITATION', '6.2'
    UNION ALL SELECT 'SOLID_WASTE_MANAGEMENT', '11.6' UNION ALL SELECT 'GIS_GPS_INTERNET_PLATFORMS', '16.6') m
JOIN practice_sub_programme s ON s.practice_id = p.id AND s.sub_programme = m.sub;
