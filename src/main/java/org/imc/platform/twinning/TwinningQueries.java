package org.imc.platform.twinning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feature's hand-written SQL. Reads of another module's tables are marked "Cross-module
 * read" with their reason.
 */
@Component
class TwinningQueries {

    /** Where the directory's municipality table stands: its latest change and its newest row. */
    record DirectoryStamp(Timestamp lastUpdate, Long lastId) {}

    private final NamedParameterJdbcTemplate jdbc;

    TwinningQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Proposer and partner of every active partnership. */
    List<Long[]> activePairs() {
        return jdbc.query(
                "SELECT t.proposer_id, t.partner_id FROM twinning t WHERE t.status = 'ACTIVE'", Map.of(), (rs, i) ->
                        new Long[] {rs.getLong(1), rs.getLong(2)});
    }

    long countNeedingAttention(LocalDate today) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM twinning t WHERE t.status = 'SUSPENDED' OR (t.status = 'ACTIVE' "
                        + "AND EXISTS (SELECT 1 FROM work_plan p JOIN work_plan_goal g ON g.work_plan_id = p.id "
                        + "WHERE p.owner_kind = 'PARTNERSHIP' AND p.owner_id = t.id AND g.target_date < :today AND g.status IN ('PLANNED', 'IN_PROGRESS')))",
                Map.of("today", today),
                Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Cross-module read of municipality (owned by directory): the partner index is reloaded
     * when this stamp changes, and it is read on every ranking, so it must cost two index-end
     * lookups; the directory publishes no change stamp. Profile edits touch updated_at (also
     * when only needs, offers or pillars change, as these raise the municipality's version), new
     * municipalities raise MAX(id).
     */
    DirectoryStamp directoryStamp() {
        return Objects.requireNonNull(jdbc.getJdbcTemplate()
                .queryForObject(
                        "SELECT MAX(updated_at), MAX(id) FROM municipality",
                        (rs, i) -> new DirectoryStamp(rs.getTimestamp(1), rs.getObject(2, Long.class))));
    }

    /**
     * Cross-module read of municipality, municipality_resource and municipality_pillar (owned by
     * directory): ranking 50,000 municipalities needs the whole table at once, as bit masks, in
     * three plain scans; {@code MunicipalityService} publishes one municipality at a time (with
     * its resources and pillars loaded per entity), which for the whole directory is orders of
     * magnitude slower.
     */
    List<PartnerIndex.Entry> partnerIndexEntries() {
        Map<Long, int[]> masks = new HashMap<>();
        jdbc.getJdbcTemplate().query("SELECT municipality_id, kind, sub_programme FROM municipality_resource", rs -> {
            int[] m = masks.computeIfAbsent(rs.getLong(1), k -> new int[3]);
            int bit = 1 << SubProgramme.valueOf(rs.getString(3)).ordinal();
            if ("NEED".equals(rs.getString(2))) {
                m[0] |= bit;
            } else {
                m[1] |= bit;
            }
        });
        jdbc.getJdbcTemplate().query("SELECT municipality_id, pillar FROM municipality_pillar", rs -> {
            masks.computeIfAbsent(rs.getLong(1), k -> new int[3])[2] |=
                    1 << Pillar.valueOf(rs.getString(2)).ordinal();
        });
        List<PartnerIndex.Entry> entries = new ArrayList<>();
        Map<String, Long> languageBits = new HashMap<>();
        jdbc.getJdbcTemplate()
                .query(
                        "SELECT id, name, country, region, population, languages, latitude, longitude FROM municipality "
                                + "ORDER BY id",
                        rs -> {
                            long id = rs.getLong(1);
                            int[] m = masks.getOrDefault(id, new int[3]);
                            String languages = rs.getString(6);
                            String[] keys = PartnerScoring.languages(languages).toArray(String[]::new);
                            long languageMask = 0;
                            for (String key : keys) {
                                languageMask |= languageBits.computeIfAbsent(
                                        key,
                                        k -> languageBits.size() < 63
                                                ? 1L << languageBits.size()
                                                : PartnerIndex.OTHER_LANGUAGES);
                            }
                            entries.add(new PartnerIndex.Entry(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getObject(5, Integer.class),
                                    languages,
                                    m[0],
                                    m[1],
                                    m[2],
                                    keys,
                                    languageMask,
                                    rs.getObject(7) == null ? Double.NaN : rs.getDouble(7),
                                    rs.getObject(8) == null ? Double.NaN : rs.getDouble(8)));
                        });
        return List.copyOf(entries);
    }
}
