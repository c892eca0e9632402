--liquibase formatted sql

--changeset imc:demo-course-content context:demo
-- The self-paced demo course that teaches: three modules of Climate-Smart Urban Agriculture, the
-- last with a quiz (pass mark 60 %, three attempts), and a checklist to download. `member` is
-- enrolled in its open session and can complete it in a few minutes.
INSERT INTO course_module (course_id, position, title, body, video_url, pass_mark, max_attempts)
  SELECT id, 1, 'Why towns grow food', 'Small towns already have what urban agriculture needs: **unused public land**, organic waste and people who want to grow.\n\nIn this module:\n\n- what counts as urban agriculture (allotments, school gardens, rooftops, composting),\n- what the municipality can offer: land, water points, extension advice,\n- what it gets back: food, cooler streets, less waste to collect.\n\nRead the module, then mark it as read.', 'https://video.example.org/imc/urban-agriculture-intro', 80, 3 FROM course WHERE title = 'Climate-Smart Urban Agriculture';
INSERT INTO course_module (course_id, position, title, body, video_url, pass_mark, max_attempts)
  SELECT id, 2, 'Composting schemes', 'A third to a half of what households throw away is organic. Composting it near where it is produced saves collection trips and gives gardens their soil.\n\n1. Start with one public site and a few committed households.\n2. Mix *greens* (kitchen waste) and *browns* (dry leaves, cardboard) about one to two.\n3. Keep it moist, turn it weekly, and harvest after two to three months.\n\nThe checklist below is for the site keeper.', NULL, 80, 3 FROM course WHERE title = 'Climate-Smart Urban Agriculture';
INSERT INTO course_module (course_id, position, title, body, video_url, pass_mark, max_attempts)
  SELECT id, 3, 'Check what you learnt', 'Three questions on the first two modules. You need two right answers out of three, and you have three attempts.', NULL, 60, 3 FROM course WHERE title = 'Climate-Smart Urban Agriculture';
INSERT INTO module_material (module_id, file_name, content_type, size_bytes, content, uploaded_by)
  SELECT (SELECT id FROM course_module WHERE course_id = (SELECT id FROM course WHERE title = 'Climate-Smart Urban Agriculture') AND position = 2), 'Composting checklist.pdf', 'application/pdf', 637, X'255044462D312E340A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F436F6E74656E7473203420302052202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052203E3E203E3E203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E677468203933203E3E0A73747265616D0A4254202F4631203134205466203530203738302054642028436F6D706F7374696E6720636865636B6C6973743A20677265656E732C2062726F776E732C2077617465722C206169722C207475726E207765656B6C792E2920546A2045540A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361203E3E0A656E646F626A0A787265660A3020360A303030303030303030302036353533352066200A30303030303030303039203030303030206E200A30303030303030303538203030303030206E200A30303030303030313135203030303030206E200A30303030303030323431203030303030206E200A30303030303030333834203030303030206E200A747261696C65720A3C3C202F53697A652036202F526F6F74203120302052203E3E0A7374617274787265660A3435340A2525454F460A', id FROM app_user WHERE username = 'trainer';
INSERT INTO quiz_question (module_id, position, prompt, correct_option) VALUES
  ((SELECT id FROM course_module WHERE course_id = (SELECT id FROM course WHERE title = 'Climate-Smart Urban Agriculture') AND position = 3), 1, 'What can a municipality offer urban growers most easily?', 1),
  ((SELECT id FROM course_module WHERE course_id = (SELECT id FROM course WHERE title = 'Climate-Smart Urban Agriculture') AND position = 3), 2, 'Roughly how should greens and browns be mixed in a compost heap?', 0),
  ((SELECT id FROM course_module WHERE course_id = (SELECT id FROM course WHERE title = 'Climate-Smart Urban Agriculture') AND position = 3), 3, 'How often should a compost heap be turned?', 2);
INSERT INTO quiz_option (question_id, position, text)
  SELECT q.id, o.position, o.text FROM quiz_question q JOIN (
    SELECT 1 AS qpos, 0 AS position, 'Tractors' AS text UNION ALL
    SELECT 1, 1, 'Unused public land and water points' UNION ALL
    SELECT 1, 2, 'Seeds imported from abroad' UNION ALL
    SELECT 2, 0, 'One part greens to two parts browns' UNION ALL
    SELECT 2, 1, 'Greens only' UNION ALL
    SELECT 2, 2, 'Browns only' UNION ALL
    SELECT 3, 0, 'Never' UNION ALL
    SELECT 3, 1, 'Every day' UNION ALL
    SELECT 3, 2, 'About once a week'
  ) o ON o.qpos = q.position
  WHERE q.module_id = (SELECT id FROM course_module WHERE course_id = (SELECT id FROM course WHERE title = 'Climate-Smart Urban Agriculture') AND position = 3);
