package org.imc.platform.base.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of the change feed (table {@code change_event}). */
@Component
class ChangeFeedQueries {

    /** One row of the feed as a node reads it. */
    record Row(long id, String topic) {}

    private final JdbcTemplate jdbc;

    ChangeFeedQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String topic, Instant at) {
        jdbc.update("INSERT INTO change_event (topic, created_at) VALUES (?, ?)", topic, Timestamp.from(at));
    }

    long maxId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM change_event", Long.class);
        return max == null ? 0 : max;
    }

    /**
     * The rows after {@code cursor} (by primary key, at most {@code limit}), plus those of the
     * given ids below it that have meanwhile been committed.
     */
    List<Row> after(long cursor, Collection<Long> gaps, int limit) {
        String sql = "SELECT id, topic FROM change_event WHERE id > ?"
                + (gaps.isEmpty()
                        ? ""
                        : " OR id IN (" + gaps.stream().map(g -> "?").collect(Collectors.joining(",")) + ")")
                + " ORDER BY id LIMIT ?";
        Object[] args = new Object[gaps.size() + 2];
        args[0] = cursor;
        int i = 1;
        for (Long gap : gaps) {
            args[i++] = gap;
        }
        args[i] = limit;
        return jdbc.query(sql, (rs, n) -> new Row(rs.getLong(1), rs.getString(2)), args);
    }

    int deleteBefore(Instant before) {
        return jdbc.update("DELETE FROM change_event WHERE created_at < ?", Timestamp.from(before));
    }
}
