package org.imc.platform.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imc.platform.base.SubProgramme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The library's searches on the FULLTEXT index {@code ft_practice} (natural-language mode: ranked
 * by MariaDB's relevance, words in more than half of the rows ignored) and its attachments.
 */
@Component
class PracticeQueries {

    /** The columns of the FULLTEXT index, in its order (MATCH must name exactly these). */
    private static final String MATCH =
            "MATCH(p.title, p.summary, p.problem, p.what_was_done, p.results, p.lessons) AGAINST (:words IN NATURAL LANGUAGE MODE)";

    private static final RowMapper<PracticeSummary> SUMMARY = (rs, i) -> {
        Timestamp published = rs.getTimestamp(6);
        return new PracticeSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                published == null ? null : published.toInstant(),
                rs.getDouble(7));
    };

    private final NamedParameterJdbcTemplate jdbc;

    PracticeQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Published practices matching the filter: by relevance when words are given, else newest first. */
    List<PracticeSummary> search(PracticeFilter f, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(f, params);
        boolean ranked = hasWords(f);
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(
                "SELECT p.id, p.title, p.summary, p.country, p.language, p.published_at, "
                        + (ranked ? MATCH : "0")
                        + " AS score FROM practice p WHERE "
                        + where
                        + (ranked
                                ? " ORDER BY score DESC, p.published_at DESC, p.id DESC"
                                : " ORDER BY p.published_at DESC, p.id DESC")
                        + " LIMIT :limit OFFSET :offset",
                params,
                SUMMARY);
    }

    long count(PracticeFilter f) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM practice p WHERE " + where(f, params), params, Long.class);
        return n == null ? 0 : n;
    }

    private static boolean hasWords(PracticeFilter f) {
        return f.words() != null && !f.words().isBlank();
    }

    private static String where(PracticeFilter f, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("p.status = 'PUBLISHED'");
        if (hasWords(f)) {
            conditions.add(MATCH);
            params.addValue("words", f.words().trim());
        }
        if (f.subProgramme() != null) {
            conditions.add("EXISTS (SELECT 1 FROM practice_sub_programme s WHERE s.practice_id = p.id "
                    + "AND s.sub_programme = :sub)");
            params.addValue("sub", f.subProgramme().name());
        }
        if (f.country() != null && !f.country().isBlank()) {
            conditions.add("p.country = :country");
            params.addValue("country", f.country().trim());
        }
        if (f.language() != null) {
            conditions.add("p.language = :language");
            params.addValue("language", f.language().name());
        }
        if (f.sdgTarget() != null && !f.sdgTarget().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM practice_sdg g WHERE g.practice_id = p.id AND g.target_code = :sdg)");
            params.addValue("sdg", f.sdgTarget());
        }
        return String.join(" AND ", conditions);
    }

    /**
     * Published practices most like this one: ranked on its title and summary, those sharing one
     * of its sub-programmes first.
     */
    List<PracticeSummary> related(Practice p, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("words", p.getTitle() + " " + p.getSummary())
                .addValue("id", p.getId())
                .addValue("subs", p.getSubProgrammes().stream().map(Enum::name).toList())
                .addValue("limit", limit);
        return jdbc.query(
                "SELECT p.id, p.title, p.summary, p.country, p.language, p.published_at, " + MATCH + " AS score "
                        + "FROM practice p WHERE p.status = 'PUBLISHED' AND p.id <> :id AND " + MATCH
                        + " ORDER BY EXISTS (SELECT 1 FROM practice_sub_programme s WHERE s.practice_id = p.id "
                        + "AND s.sub_programme IN (:subs)) DESC, score DESC, p.id DESC LIMIT :limit",
                params,
                SUMMARY);
    }

    /** The newest published practices of a sub-programme ("municipalities that did this before"). */
    List<PracticeSummary> ofSubProgramme(SubProgramme sub, int limit) {
        return search(new PracticeFilter(null, sub, null, null, null), 0, limit);
    }

    /** Practices of one author (any status), or waiting for review, newest first. */
    List<PracticeSummary> byAuthor(Long authorUserId, int offset, int limit) {
        return jdbc.query(
                "SELECT p.id, p.title, p.summary, p.country, p.language, p.published_at, 0 FROM practice p "
                        + "WHERE p.author_id = :author ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit OFFSET :offset",
                Map.of("author", authorUserId, "limit", limit, "offset", offset),
                SUMMARY);
    }

    List<PracticeSummary> inReview(int offset, int limit) {
        return jdbc.query(
                "SELECT p.id, p.title, p.summary, p.country, p.language, p.published_at, 0 FROM practice p "
                        + "WHERE p.status = 'IN_REVIEW' ORDER BY p.submitted_at, p.id LIMIT :limit OFFSET :offset",
                Map.of("limit", limit, "offset", offset),
                SUMMARY);
    }

    long countByAuthor(Long authorUserId) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM practice p WHERE p.author_id = :author",
                Map.of("author", authorUserId),
                Long.class);
        return n == null ? 0 : n;
    }

    long countInReview() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM practice p WHERE p.status = 'IN_REVIEW'", Map.of(), Long.class);
        return n == null ? 0 : n;
    }

    List<PracticeAttachment> attachments(Long practiceId) {
        return jdbc.query(
                "SELECT a.id, a.practice_id, a.file_name, a.content_type, a.size_bytes, a.created_at "
                        + "FROM practice_attachment a WHERE a.practice_id = :id ORDER BY a.id",
                Map.of("id", practiceId),
                (rs, i) -> new PracticeAttachment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant()));
    }

    Optional<AttachmentContent> content(Long attachmentId) {
        return jdbc
                .query(
                        "SELECT a.practice_id, a.file_name, a.content_type, a.content FROM practice_attachment a "
                                + "WHERE a.id = :id",
                        Map.of("id", attachmentId),
                        (rs, i) ->
                                new AttachmentContent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .stream()
                .findFirst();
    }

    long attachmentBytes(Long practiceId) {
        Long n = jdbc.queryForObject(
                "SELECT COALESCE(SUM(a.size_bytes), 0) FROM practice_attachment a WHERE a.practice_id = :id",
                Map.of("id", practiceId),
                Long.class);
        return n == null ? 0 : n;
    }

    int attachmentCount(Long practiceId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM practice_attachment a WHERE a.practice_id = :id",
                Map.of("id", practiceId),
                Integer.class);
        return n == null ? 0 : n;
    }

    long addAttachment(Long practiceId, String fileName, String type, byte[] content, Long userId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Map<String, Object> values = new HashMap<>();
        values.put("practice", practiceId);
        values.put("name", fileName);
        values.put("type", type);
        values.put("size", content.length);
        values.put("content", content);
        values.put("user", userId);
        values.put("at", Timestamp.from(at));
        jdbc.update(
                "INSERT INTO practice_attachment (practice_id, file_name, content_type, size_bytes, content, "
                        + "uploaded_by, created_at) VALUES (:practice, :name, :type, :size, :content, :user, :at)",
                new MapSqlParameterSource(values),
                key,
                new String[] {"id"});
        return key.getKey().longValue();
    }
}
