package org.imc.platform.directory;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class DirectoryQueries {

    private final JdbcTemplate jdbc;

    DirectoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The areas of emphasis an agreement may name (reference data: a new one is a row and a label). */
    List<String> emphasisAreas() {
        return jdbc.queryForList("SELECT code FROM emphasis_area ORDER BY sort_key, code", String.class);
    }
}
