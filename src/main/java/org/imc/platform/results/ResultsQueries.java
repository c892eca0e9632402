package org.imc.platform.results;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts behind the network's results, read straight from each feature's tables in one pass
 * per figure (declared cross-module reads, see {@code SqlBoundariesTest}): the results are
 * recomputed at most once a minute, and through the features' services they would be one call
 * per record. Only completed or running things are read — no drafts, no pending proposals.
 */
@Component
class ResultsQueries {

    record Partnership(
            long id,
            String status,
            Set<String> themes,
            LocalDate since,
            String firstName,
            String firstCountry,
            String secondName,
            String secondCountry) {}

    record Exchange(long id, long twinningId, LocalDate start, String hostCountry) {}

    record GoalMet(long id, String ownerKind, long ownerId, int year, Set<String> sdgTargets) {}

    record Completion(long userId, LocalDate completedOn, String subProgramme, long courseId, String country) {}

    record LoanMoney(
            long loanId,
            Long applicationId,
            String subProgramme,
            String country,
            String entryType,
            int year,
            BigDecimal amount) {}

    record Indicator(String unit, BigDecimal baseline, BigDecimal target, BigDecimal latest) {}

    private final NamedParameterJdbcTemplate jdbc;

    ResultsQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Every twinning that has become a partnership (active, suspended or concluded). */
    List<Partnership> partnerships() {
        return jdbc.query(
                "SELECT t.id, t.status, t.themes, t.activated_at, mp.name, mp.country, mq.name, mq.country "
                        + "FROM twinning t JOIN municipality mp ON mp.id = t.proposer_id "
                        + "JOIN municipality mq ON mq.id = t.partner_id WHERE t.activated_at IS NOT NULL "
                        + "ORDER BY t.activated_at, t.id",
                (rs, i) -> new Partnership(
                        rs.getLong(1),
                        rs.getString(2),
                        split(rs.getString(3)),
                        rs.getTimestamp(4).toLocalDateTime().toLocalDate(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)));
    }

    /** The SDG targets of the goals of each work-plan owner ("PARTNERSHIP:12" → codes). */
    Map<String, Set<String>> ownerSdgTargets() {
        Map<String, Set<String>> byOwner = new HashMap<>();
        jdbc.query(
                "SELECT p.owner_kind, p.owner_id, s.target_code FROM work_plan p "
                        + "JOIN work_plan_goal g ON g.work_plan_id = p.id "
                        + "JOIN work_plan_goal_sdg s ON s.goal_id = g.id",
                rs -> {
                    byOwner.computeIfAbsent(rs.getString(1) + ":" + rs.getLong(2), k -> new TreeSet<>())
                            .add(rs.getString(3));
                });
        return byOwner;
    }

    /** Exchanges that have taken place by {@code today}. */
    List<Exchange> exchangesHeld(LocalDate today) {
        return jdbc.query(
                "SELECT x.id, x.twinning_id, x.start_date, m.country FROM twinning_exchange x "
                        + "JOIN municipality m ON m.id = x.host_id WHERE x.end_date <= :today",
                Map.of("today", today),
                (rs, i) ->
                        new Exchange(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
    }

    /** Work-plan goals done, with their SDG targets. */
    List<GoalMet> goalsMet() {
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.query(
                "SELECT s.goal_id, s.target_code FROM work_plan_goal_sdg s "
                        + "JOIN work_plan_goal g ON g.id = s.goal_id WHERE g.status = 'DONE'",
                rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        return jdbc.query(
                "SELECT g.id, p.owner_kind, p.owner_id, p.plan_year FROM work_plan_goal g "
                        + "JOIN work_plan p ON p.id = g.work_plan_id WHERE g.status = 'DONE'",
                (rs, i) -> new GoalMet(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        tags.getOrDefault(rs.getLong(1), Set.of())));
    }

    /** The country of each affiliate agreement's organisation. */
    Map<Long, String> agreementCountries() {
        Map<Long, String> countries = new HashMap<>();
        jdbc.query(
                "SELECT a.id, f.country FROM affiliate_agreement a JOIN affiliate f ON f.id = a.affiliate_id", rs -> {
                    countries.put(rs.getLong(1), rs.getString(2));
                });
        return countries;
    }

    long activeAgreements(LocalDate today) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM affiliate_agreement WHERE start_date <= :today AND end_date >= :today",
                Map.of("today", today),
                Long.class);
        return n == null ? 0 : n;
    }

    long publishedPractices() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM practice WHERE status = 'PUBLISHED'", Map.of(), Long.class);
        return n == null ? 0 : n;
    }

    /** The latest published practices (title and country only). */
    List<PublishedPractice> latestPractices(int limit) {
        return jdbc.query(
                "SELECT p.id, p.title, p.country FROM practice p WHERE p.status = 'PUBLISHED' "
                        + "ORDER BY p.published_at DESC, p.id DESC LIMIT :limit",
                Map.of("limit", limit),
                (rs, i) -> new PublishedPractice(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Completed course enrolments, with the learner's municipality's country (no names). */
    List<Completion> completions() {
        return jdbc.query(
                "SELECT e.user_id, e.completed_on, c.sub_programme, c.id, m.country FROM enrolment e "
                        + "JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id "
                        + "JOIN app_user u ON u.id = e.user_id LEFT JOIN municipality m ON m.id = u.municipality_id "
                        + "WHERE e.status = 'COMPLETED'",
                (rs, i) -> {
                    Date on = rs.getDate(2);
                    return new Completion(
                            rs.getLong(1),
                            on == null ? null : on.toLocalDate(),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5));
                });
    }

    Map<Long, Set<String>> courseSdgTargets() {
        return tags("SELECT course_id, target_code FROM course_sdg");
    }

    Map<Long, Set<String>> applicationSdgTargets() {
        return tags("SELECT application_id, target_code FROM fund_application_sdg");
    }

    /** Disbursed and repaid principal per loan and year. */
    List<LoanMoney> loanMoney() {
        return jdbc.query(
                """
                SELECT l.id, l.application_id, l.sub_programme, m.country, e.entry_type, YEAR(e.value_date),
                       SUM(e.amount)
                FROM fund_ledger_entry e JOIN loan l ON l.id = e.loan_id
                JOIN municipality m ON m.id = l.municipality_id
                WHERE e.entry_type IN ('DISBURSEMENT', 'PRINCIPAL_REPAYMENT')
                GROUP BY l.id, l.application_id, l.sub_programme, m.country, e.entry_type, YEAR(e.value_date)
                """,
                (rs, i) -> new LoanMoney(
                        rs.getLong(1),
                        (Long) rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getBigDecimal(7)));
    }

    /** Indicators of goals not dropped, with their latest measurement (null when none). */
    List<Indicator> indicators() {
        return jdbc.query(
                "SELECT i.unit, i.baseline_value, i.target_value, (SELECT m.measured_value FROM goal_measurement m "
                        + "WHERE m.indicator_id = i.id ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) "
                        + "FROM goal_indicator i JOIN work_plan_goal g ON g.id = i.goal_id WHERE g.status <> 'DROPPED'",
                (rs, i) ->
                        new Indicator(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
    }

    private Map<Long, Set<String>> tags(String sql) {
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.query(sql, rs -> {
            tags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        return tags;
    }

    private static Set<String> split(String themes) {
        Set<String> set = new TreeSet<>();
        if (themes != null) {
            for (String t : themes.split(",")) {
                if (!t.isBlank()) {
                    set.add(t.trim());
                }
            }
        }
        return set;
    }

    static List<String> list(Set<String> s) {
        return new ArrayList<>(s);
    }
}
