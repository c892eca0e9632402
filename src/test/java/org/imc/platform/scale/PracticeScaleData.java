package org.imc.platform.scale;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.imc.platform.base.SubProgramme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates the practice library at scale ({@code imc.scale.practices}, 20,000 by default):
 * published practices with texts drawn from a vocabulary of municipal work, one or two
 * sub-programmes each, in the countries of the directory and the five languages. Skipped when the
 * library already holds that many; authored by the first liaison (any user when there is none).
 */
class PracticeScaleData {

    static final String TITLE_PREFIX = "Scale practice";

    private static final String[] SUBJECTS = {
        "water kiosks", "borehole maintenance", "latrine blocks", "faecal sludge", "market composting",
        "waste collection routes", "storm drains", "street lighting", "bus rapid transit", "road patching",
        "school rainwater tanks", "property register", "e-learning for clerks", "solar pumps", "drip irrigation",
        "seed banks", "affordable housing loans", "tax collection by mobile", "asset registers", "bridge repairs"
    };

    private static final String[] WHO = {
        "women's groups", "youth cooperatives", "ward committees", "the utility", "parents' committees",
        "local masons", "market traders", "the finance department", "volunteers", "a private operator"
    };

    private static final String[] OUTCOMES = {
        "cut costs by a third",
        "doubled the households served",
        "ended the seasonal outbreaks",
        "raised revenue by forty percent",
        "kept the service running through the dry season",
        "halved complaints",
        "trained two hundred staff",
        "recovered the investment in three years"
    };

    private static final String[] COUNTRIES = {
        "Ghana", "Kenya", "Jamaica", "Senegal", "Nigeria", "Brazil", "India", "Bangladesh", "South Africa", "Ecuador"
    };

    private static final String[] LANGUAGES = {"ENGLISH", "FRENCH", "SPANISH", "PORTUGUESE", "ARABIC"};

    private final JdbcTemplate jdbc;

    PracticeScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long existing() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM practice WHERE title LIKE '" + TITLE_PREFIX + "%'", Long.class);
        return n == null ? 0 : n;
    }

    /** Adds practices until there are {@code count}, in batches of 1,000; returns how many were added. */
    int generate(int count, long seed, PrintStream out) {
        long have = existing();
        if (have >= count) {
            out.printf(Locale.ROOT, "Practice library: %d scale practices already there%n", have);
            return 0;
        }
        Long author = jdbc.queryForObject(
                "SELECT COALESCE((SELECT MIN(u.id) FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
                        + "WHERE r.role = 'LIAISON'), (SELECT MIN(id) FROM app_user))",
                Long.class);
        Random random = new Random(seed);
        long started = System.nanoTime();
        SubProgramme[] subs = SubProgramme.values();
        Instant now = Instant.now();
        int added = 0;
        for (long i = have; i < count; ) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> tags = new ArrayList<>();
            for (int b = 0; b < 1000 && i < count; b++, i++) {
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                String who = WHO[random.nextInt(WHO.length)];
                String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                String other = SUBJECTS[random.nextInt(SUBJECTS.length)];
                String title = TITLE_PREFIX + " " + (i + 1) + ": " + subject + " run by " + who;
                rows.add(new Object[] {
                    title,
                    "How " + who + " made " + subject + " work and " + outcome + ".",
                    "Before, " + subject + " failed often; " + other + " competed for the same budget.",
                    who + " took over " + subject + " with a small fee and monthly reports; " + other
                            + " was planned with them.",
                    "In two years the municipality " + outcome + ".",
                    "Start small with " + who + ".",
                    COUNTRIES[random.nextInt(COUNTRIES.length)],
                    LANGUAGES[random.nextInt(LANGUAGES.length)],
                    author,
                    Timestamp.from(now.minusSeconds(random.nextInt(3 * 365 * 24 * 3600)))
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO practice (title, summary, problem, what_was_done, results, lessons, country, language, "
                            + "status, author_id, published_at, submitted_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)",
                    rows.stream()
                            .map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[9]})
                            .toList());
            List<Long> ids = jdbc.queryForList(
                    "SELECT id FROM practice WHERE title LIKE '" + TITLE_PREFIX + "%' ORDER BY id DESC LIMIT "
                            + rows.size(),
                    Long.class);
            for (Long id : ids) {
                SubProgramme first = subs[random.nextInt(subs.length)];
                tags.add(new Object[] {id, first.name()});
                SubProgramme second = subs[random.nextInt(subs.length)];
                if (second != first && random.nextBoolean()) {
                    tags.add(new Object[] {id, second.name()});
                }
            }
            jdbc.batchUpdate("INSERT INTO practice_sub_programme (practice_id, sub_programme) VALUES (?, ?)", tags);
            added += rows.size();
        }
        out.printf(
                Locale.ROOT,
                "Practice library: %d scale practices added in %.1f s%n",
                added,
                (System.nanoTime() - started) / 1e9);
        return added;
    }

    /** Removes the generated practices (the JUnit run cleans up after itself). */
    void remove() {
        jdbc.update("DELETE FROM practice WHERE title LIKE '" + TITLE_PREFIX + "%'");
    }
}
