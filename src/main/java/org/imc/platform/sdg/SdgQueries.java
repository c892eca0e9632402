package org.imc.platform.sdg;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SdgQueries {

    private final JdbcTemplate jdbc;

    SdgQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SdgTarget> targets() {
        return jdbc.query(
                "SELECT code, goal_number, title FROM sdg_target ORDER BY goal_number, sort_key",
                (rs, i) -> new SdgTarget(rs.getString(1), rs.getInt(2), rs.getString(3)));
    }
}
