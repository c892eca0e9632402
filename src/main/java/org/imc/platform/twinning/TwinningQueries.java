package org.imc.platform.twinning;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read-only SQL of the feature that reaches beyond its own tables. */
@Component
class TwinningQueries {

    private final NamedParameterJdbcTemplate jdbc;

    TwinningQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    List<Long> liaisonIds() {
        return jdbc.getJdbcTemplate().queryForList("SELECT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
                + "WHERE r.role = 'LIAISON' AND u.enabled ORDER BY u.id", Long.class);
    }

    long countNeedingAttention(LocalDate today) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM twinning t WHERE t.status = 'SUSPENDED' OR (t.status = 'ACTIVE' "
                + "AND EXISTS (SELECT 1 FROM twinning_work_plan p JOIN twinning_goal g ON g.work_plan_id = p.id "
                + "WHERE p.twinning_id = t.id AND g.target_date < :today AND g.status IN ('PLANNED', 'IN_PROGRESS')))",
                Map.of("today", today), Long.class);
        return n == null ? 0 : n;
    }
}
