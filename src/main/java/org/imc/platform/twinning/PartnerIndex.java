package org.imc.platform.twinning;

import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compact read-only copy of what the partner finder needs of every municipality: needs,
 * offers and pillars as bit masks, the normalised languages, and the filter fields. Ranking
 * 50,000 municipalities in memory takes a few milliseconds; in SQL the same ranking (two
 * aggregates joined to every municipality and sorted by a computed score) took several hundred.
 *
 * <p>The copy is reloaded when the directory changes: every call compares MAX(updated_at) and
 * MAX(id) of the municipality table (both read from index ends) with the loaded copy's.
 * Profile edits touch updated_at (also when only needs, offers or pillars change, as these raise
 * the municipality's version), new municipalities raise MAX(id).
 */
@Component
class PartnerIndex {

    /** One municipality as ranking sees it. */
    record Entry(long id, String name, String country, String region, Integer population, String languages,
                 int needs, int offers, int pillars, String[] languageKeys) {
    }

    private record Stamp(Timestamp lastUpdate, Long lastId) {
    }

    private record Snapshot(Stamp stamp, List<Entry> entries) {
    }

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    PartnerIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every municipality, current as of this call. */
    List<Entry> entries() {
        Stamp now = stamp();
        Snapshot current = snapshot;
        if (current == null || !current.stamp().equals(now)) {
            synchronized (this) {
                current = snapshot;
                if (current == null || !current.stamp().equals(now)) {
                    current = new Snapshot(now, load());
                    snapshot = current;
                }
            }
        }
        return current.entries();
    }

    private Stamp stamp() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(updated_at), MAX(id) FROM municipality",
                (rs, i) -> new Stamp(rs.getTimestamp(1), rs.getObject(2, Long.class))));
    }

    private List<Entry> load() {
        Map<Long, int[]> masks = new HashMap<>();
        jdbc.query("SELECT municipality_id, kind, sub_programme FROM municipality_resource", rs -> {
            int[] m = masks.computeIfAbsent(rs.getLong(1), k -> new int[3]);
            int bit = 1 << SubProgramme.valueOf(rs.getString(3)).ordinal();
            if ("NEED".equals(rs.getString(2))) {
                m[0] |= bit;
            } else {
                m[1] |= bit;
            }
        });
        jdbc.query("SELECT municipality_id, pillar FROM municipality_pillar", rs -> {
            masks.computeIfAbsent(rs.getLong(1), k -> new int[3])[2] |= 1 << Pillar.valueOf(rs.getString(2)).ordinal();
        });
        List<Entry> entries = new ArrayList<>();
        jdbc.query("SELECT id, name, country, region, population, languages FROM municipality ORDER BY id", rs -> {
            long id = rs.getLong(1);
            int[] m = masks.getOrDefault(id, new int[3]);
            String languages = rs.getString(6);
            entries.add(new Entry(id, rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, Integer.class), languages, m[0], m[1], m[2],
                    PartnerScoring.languages(languages).toArray(String[]::new)));
        });
        return List.copyOf(entries);
    }
}
