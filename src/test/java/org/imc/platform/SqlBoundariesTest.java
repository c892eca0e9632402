package org.imc.platform;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries hold in SQL too (the Spring Modulith test sees only Java types):
 * <ul>
 * <li>every table of the schema has one owning module;</li>
 * <li>hand-written SQL in {@code src/main} lives in a feature's package-private {@code …Queries}
 * class (or as {@code @Query} on its Spring Data repository);</li>
 * <li>a module's SQL names only its own tables — except the cross-module reads declared in
 * {@link #CROSS_MODULE_READS}, each with the reason it is kept.</li>
 * </ul>
 * It reads the sources and the Liquibase change logs as text: string literals and text blocks
 * that look like SQL, and the table names after FROM, JOIN, INTO and UPDATE.
 */
class SqlBoundariesTest {

    private static final Path MAIN = Path.of("src/main/java/org/imc/platform");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");

    /** Which module owns each table (the module that writes it and publishes it through its service). */
    static final Map<String, String> OWNER = Map.ofEntries(
            entry("affiliate", "directory"),
            entry("affiliate_seed", "directory"),
            entry("municipality", "directory"),
            entry("municipality_pillar", "directory"),
            entry("municipality_resource", "directory"),
            entry("network_event", "directory"),
            entry("network_event_seed", "directory"),
            entry("app_user", "security"),
            entry("app_user_role", "security"),
            entry("sign_in_throttle", "security"),
            entry("second_factor", "security"),
            entry("recovery_code", "security"),
            entry("sign_in_client_throttle", "security"),
            entry("audit_event", "audit"),
            entry("notification", "notification"),
            entry("mail_outbox", "mail"),
            entry("mail_preference", "mail"),
            entry("account_token", "security"),
            entry("shedlock", "base"),
            entry("change_event", "base"),
            entry("twinning", "twinning"),
            entry("twinning_exchange", "twinning"),
            entry("twinning_goal", "workplan"),
            entry("twinning_work_plan", "workplan"),
            entry("work_plan", "workplan"),
            entry("work_plan_goal", "workplan"),
            entry("work_plan_goal_sdg", "workplan"),
            entry("goal_indicator", "workplan"),
            entry("goal_measurement", "workplan"),
            entry("sdg_target", "sdg"),
            entry("course_sdg", "learning"),
            entry("fund_application_sdg", "fund"),
            entry("emphasis_area", "directory"),
            entry("practice", "practice"),
            entry("practice_sub_programme", "practice"),
            entry("practice_sdg", "practice"),
            entry("practice_attachment", "practice"),
            entry("affiliate_agreement", "directory"),
            entry("affiliate_agreement_emphasis", "directory"),
            entry("course", "learning"),
            entry("course_session", "learning"),
            entry("enrolment", "learning"),
            entry("certificate", "learning"),
            entry("course_module", "learning"),
            entry("module_material", "learning"),
            entry("quiz_question", "learning"),
            entry("quiz_option", "learning"),
            entry("quiz_attempt", "learning"),
            entry("module_progress", "learning"),
            entry("fund", "fund"),
            entry("fund_application", "fund"),
            entry("fund_document", "fund"),
            entry("fund_ledger_entry", "fund"),
            entry("fund_municipality_storage", "fund"),
            entry("loan", "fund"),
            entry("loan_instalment", "fund"));

    private static final String RESULTS_READ =
            "network results: one read-only pass per figure over each feature's records, recomputed at most once a minute "
                    + "for the results pages; through the services it would be one call per record";

    /**
     * The declared exceptions: "SourceFile.java table" → why the join is kept instead of going
     * through the owning module's service. Keep this list short; each entry is a debt with a reason.
     */
    static final Map<String, String> CROSS_MODULE_READS = Map.ofEntries(
            entry(
                    "TwinningQueries.java municipality",
                    "partner finder: the change stamp (two index-end lookups per ranking) and the whole "
                            + "directory as bit masks; the service offers one municipality at a time"),
            entry(
                    "TwinningQueries.java municipality_resource",
                    "partner finder: every municipality's needs and offers in one scan, as bit masks"),
            entry(
                    "TwinningQueries.java municipality_pillar",
                    "partner finder: every municipality's pillars in one scan, as bit masks"),
            entry("ResultsQueries.java twinning", RESULTS_READ),
            entry("ResultsQueries.java practice", RESULTS_READ),
            entry("ResultsQueries.java municipality", RESULTS_READ),
            entry("ResultsQueries.java work_plan", RESULTS_READ),
            entry("ResultsQueries.java work_plan_goal", RESULTS_READ),
            entry("ResultsQueries.java work_plan_goal_sdg", RESULTS_READ),
            entry("ResultsQueries.java twinning_exchange", RESULTS_READ),
            entry("ResultsQueries.java affiliate_agreement", RESULTS_READ),
            entry("ResultsQueries.java affiliate", RESULTS_READ),
            entry("ResultsQueries.java enrolment", RESULTS_READ),
            entry("ResultsQueries.java course_session", RESULTS_READ),
            entry("ResultsQueries.java course", RESULTS_READ),
            entry("ResultsQueries.java app_user", RESULTS_READ),
            entry("ResultsQueries.java course_sdg", RESULTS_READ),
            entry("ResultsQueries.java fund_application_sdg", RESULTS_READ),
            entry("ResultsQueries.java fund_ledger_entry", RESULTS_READ),
            entry("ResultsQueries.java loan", RESULTS_READ),
            entry("ResultsQueries.java goal_indicator", RESULTS_READ),
            entry("ResultsQueries.java goal_measurement", RESULTS_READ),
            entry(
                    "TwinningQueries.java work_plan",
                    "dashboard count of partnerships needing attention: one EXISTS over the goals of each "
                            + "active partnership, in the same query as the twinnings"),
            entry(
                    "TwinningQueries.java work_plan_goal",
                    "dashboard count of partnerships needing attention (see work_plan)"),
            entry(
                    "FundQueries.java municipality",
                    "portfolio by country and loans on the map: every loan's municipality (tens of thousands "
                            + "at scale) with its country or position in the same pass; through the service it "
                            + "would be dozens of batches of ids"),
            entry(
                    "LearningQueries.java app_user",
                    "session roster: user name, full name and e-mail sorted in the database; the user "
                            + "service publishes one summary at a time and no e-mail"));

    private static final Pattern TABLE_DEF = Pattern.compile("(?i)create table (?:if not exists )?([a-z_][a-z0-9_]*)");
    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert|update|delete)\\b");
    private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void everyTableHasAnOwningModule() {
        Set<String> tables = new TreeSet<>();
        for (Path file : files(CHANGELOG, ".sql")) {
            Matcher m = TABLE_DEF.matcher(read(file));
            while (m.find()) {
                tables.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(OWNER.keySet()).as("tables with an owner").containsAll(tables);
    }

    @Test
    void handWrittenSqlLivesInQueriesClassesAndRepositories() {
        List<String> misplaced = new ArrayList<>();
        sqlUses().forEach((file, uses) -> {
            String name = file.getFileName().toString();
            if (!uses.isEmpty() && !name.endsWith("Queries.java") && !name.endsWith("Repository.java")) {
                misplaced.add(MAIN.relativize(file) + " " + uses);
            }
        });
        assertThat(misplaced).as("SQL outside a …Queries class or repository").isEmpty();
    }

    @Test
    void eachModuleNamesOnlyItsOwnTablesUnlessDeclared() {
        List<String> crossings = new ArrayList<>();
        Set<String> declaredAndUsed = new TreeSet<>();
        sqlUses().forEach((file, tables) -> {
            String module = MAIN.relativize(file).getName(0).toString();
            for (String table : tables) {
                String owner = OWNER.get(table);
                if (owner == null || owner.equals(module)) {
                    continue;
                }
                String key = file.getFileName() + " " + table;
                if (CROSS_MODULE_READS.containsKey(key)) {
                    declaredAndUsed.add(key);
                } else {
                    crossings.add(module + " reads " + owner + "'s table " + table + " in " + MAIN.relativize(file));
                }
            }
        });
        assertThat(crossings).as("undeclared cross-module SQL").isEmpty();
        assertThat(declaredAndUsed)
                .as("declared exceptions still in use (remove the stale ones)")
                .containsExactlyInAnyOrderElementsOf(CROSS_MODULE_READS.keySet());
    }

    /** Per source file, the known tables its SQL-looking literals name. */
    private static Map<Path, Set<String>> sqlUses() {
        Map<Path, Set<String>> uses = new TreeMap<>();
        for (Path file : files(MAIN, ".java")) {
            Set<String> tables = new TreeSet<>();
            Matcher literal = LITERAL.matcher(read(file));
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                if (!SQL.matcher(text).find() && !TABLE_USE.matcher(text).lookingAt()) {
                    continue;
                }
                Matcher use = TABLE_USE.matcher(text);
                while (use.find()) {
                    String table = use.group(1).toLowerCase(Locale.ROOT);
                    if (OWNER.containsKey(table)) {
                        tables.add(table);
                    }
                }
            }
            uses.put(file, tables);
        }
        return uses;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
