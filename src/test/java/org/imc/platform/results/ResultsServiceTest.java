package org.imc.platform.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The results' figures on a known set of facts in a country and year nobody else uses: exact
 * figures for that country and year, exact increases of the totals and of the SDG rows. Drafts,
 * pending proposals, future exchanges, interest and unfinished enrolments never count.
 */
class ResultsServiceTest extends IntegrationTest {

    @Autowired
    ResultsService results;

    private long strelsau;
    private long zenda;
    private long tarlenheim;

    @BeforeEach
    void knownFacts() {
        cleanUp();
        strelsau = municipality("Strelsau", "Ruritania");
        zenda = municipality("Zenda", "Ruritania");
        tarlenheim = municipality("Tarlenheim", "Graustark");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from fund_ledger_entry where note = 'results-test'");
        jdbc.update(
                "delete from loan where municipality_id in (select id from municipality where country in ('Ruritania', 'Graustark'))");
        jdbc.update(
                "delete from fund_application where municipality_id in (select id from municipality where country in ('Ruritania', 'Graustark'))");
        jdbc.update("delete from enrolment where session_id in (select s.id from course_session s "
                + "join course c on c.id = s.course_id where c.title = 'Ruritanian records')");
        jdbc.update(
                "delete from course_session where course_id in (select id from course where title = 'Ruritanian records')");
        jdbc.update("delete from course where title = 'Ruritanian records'");
        jdbc.update("delete from app_user where username = 'ruri-learner'");
        jdbc.update(
                "delete from work_plan where owner_kind = 'PARTNERSHIP' and owner_id in (select id from twinning where proposer_id in (select id from municipality where country in ('Ruritania', 'Graustark')))");
        jdbc.update(
                "delete from twinning where proposer_id in (select id from municipality where country in ('Ruritania', 'Graustark'))");
        jdbc.update("delete from municipality where country in ('Ruritania', 'Graustark')");
        results.refresh();
    }

    @Test
    void figuresByCountryYearAndSdgAreExactOnKnownFacts() throws Exception {
        NetworkResults before = callAs("member", () -> results.results());

        long t1 = twinning(strelsau, tarlenheim, "ACTIVE", "DRINKING_WATER,SANITATION", "2011-03-01");
        long t2 = twinning(strelsau, zenda, "CONCLUDED", "SOLID_WASTE_MANAGEMENT", "2011-05-01");
        twinning(zenda, tarlenheim, "PROPOSED", "SANITATION", null);
        exchange(t1, tarlenheim, "2011-04-10", "2011-04-12");
        exchange(t1, strelsau, "2099-04-10", "2099-04-12");
        exchange(t2, zenda, "2011-06-01", "2011-06-03");
        long plan1 = plan(t1, 2011);
        long plan2 = plan(t2, 2011);
        long a = goal(plan1, "DONE", 100, "6.1", "6.2");
        long b = goal(plan1, "IN_PROGRESS", 50, "11.6");
        goal(plan2, "DONE", 100, "11.6");
        indicator(a, "ruritanian households", "0", "50", null);
        indicator(b, " Ruritanian Households", "10", "110", "60");
        long learner = learner(strelsau);
        long course = course("4.4");
        enrol(session(course), learner, "COMPLETED", "2011-09-01");
        enrol(session(course), learner, "COMPLETED", "2011-10-01");
        enrol(session(course), userId("member"), "ENROLLED", null);
        long application = application(zenda, "APPROVED", "6.2");
        application(zenda, "DRAFT", "6.1");
        long loan = loan(zenda, application);
        ledger(loan, "DISBURSEMENT", "1000.00", "2011-02-01");
        ledger(loan, "DISBURSEMENT", "500.00", "2011-03-01");
        ledger(loan, "PRINCIPAL_REPAYMENT", "200.00", "2011-12-01");
        ledger(loan, "INTEREST", "30.00", "2011-12-01");

        // kept for a minute unless refreshed
        assertThat(callAs("member", () -> results.results())).isSameAs(before);
        results.refresh();
        NetworkResults after = callAs("member", () -> results.results());

        assertThat(row(after, Dimension.COUNTRY, "Ruritania"))
                .isEqualTo(new Figures(1, 1, 2, 1, new BigDecimal("1500.00"), new BigDecimal("200.00")));
        assertThat(row(after, Dimension.COUNTRY, "Graustark"))
                .isEqualTo(new Figures(1, 1, 1, 0, new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(row(after, Dimension.YEAR, "2011"))
                .isEqualTo(new Figures(1, 2, 2, 1, new BigDecimal("1500.00"), new BigDecimal("200.00")));
        assertThat(delta(before.totals(), after.totals()))
                .isEqualTo(new Figures(1, 2, 2, 1, new BigDecimal("1500.00"), new BigDecimal("200.00")));
        assertThat(delta(row(before, Dimension.SDG, "6"), row(after, Dimension.SDG, "6")))
                .isEqualTo(new Figures(1, 1, 1, 0, new BigDecimal("1500.00"), new BigDecimal("200.00")));
        assertThat(delta(row(before, Dimension.SDG, "11"), row(after, Dimension.SDG, "11")))
                .isEqualTo(new Figures(1, 2, 1, 0, new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(delta(row(before, Dimension.SDG, "4"), row(after, Dimension.SDG, "4")))
                .isEqualTo(new Figures(0, 0, 0, 1, new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(delta(
                        row(before, Dimension.SUB_PROGRAMME, "SOLID_WASTE_MANAGEMENT"),
                        row(after, Dimension.SUB_PROGRAMME, "SOLID_WASTE_MANAGEMENT")))
                .isEqualTo(new Figures(0, 1, 1, 0, new BigDecimal("0.00"), new BigDecimal("0.00")));
        // units that agree (case and spaces aside) are added up: latest is the baseline where unmeasured
        assertThat(after.indicators())
                .contains(new IndicatorTotal(
                        "ruritanian households", 2, new BigDecimal("10"), new BigDecimal("60"), new BigDecimal("160")));
        assertThat(after.partnerships())
                .extracting(ActivePartnership::firstMunicipality, ActivePartnership::secondMunicipality)
                .contains(org.assertj.core.groups.Tuple.tuple("Strelsau", "Tarlenheim"))
                .doesNotContain(
                        org.assertj.core.groups.Tuple.tuple("Strelsau", "Zenda"),
                        org.assertj.core.groups.Tuple.tuple("Zenda", "Tarlenheim"));
        assertThat(results.publicResults()).isSameAs(after);
        assertThat(callAs("member", () -> results.csv("USD"))).contains("COUNTRY,Ruritania,1,1,2,1,1500.00,200.00,USD");
        assertThat(catchThrowable(() -> results.results()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static Figures row(NetworkResults r, Dimension d, String key) {
        return r.by(d).stream()
                .filter(x -> x.key().equals(key))
                .map(ResultRow::figures)
                .findFirst()
                .orElse(Figures.NONE);
    }

    private static Figures delta(Figures a, Figures b) {
        return new Figures(
                b.activePartnerships() - a.activePartnerships(),
                b.exchangesHeld() - a.exchangesHeld(),
                b.goalsMet() - a.goalsMet(),
                b.peopleTrained() - a.peopleTrained(),
                b.loansDisbursed().subtract(a.loansDisbursed()).setScale(2),
                b.loansRepaid().subtract(a.loansRepaid()).setScale(2));
    }

    private long municipality(String name, String country) {
        jdbc.update("insert into municipality (name, country) values (?, ?)", name, country);
        return jdbc.queryForObject(
                "select id from municipality where name = ? and country = ?", Long.class, name, country);
    }

    private long twinning(long a, long b, String status, String themes, String activated) {
        jdbc.update(
                "insert into twinning (proposer_id, partner_id, status, themes, message, proposed_by, activated_at) "
                        + "values (?, ?, ?, ?, 'results test', ?, ?)",
                a,
                b,
                status,
                themes,
                userId("mayor"),
                activated == null ? null : java.sql.Timestamp.valueOf(activated + " 10:00:00"));
        return lastId();
    }

    private void exchange(long twinning, long host, String start, String end) {
        jdbc.update(
                "insert into twinning_exchange (twinning_id, host_id, start_date, end_date, participants, topic) "
                        + "values (?, ?, ?, ?, 'two clerks', 'records')",
                twinning,
                host,
                java.sql.Date.valueOf(start),
                java.sql.Date.valueOf(end));
    }

    private long plan(long twinning, int year) {
        jdbc.update(
                "insert into work_plan (owner_kind, owner_id, plan_year) values ('PARTNERSHIP', ?, ?)", twinning, year);
        return lastId();
    }

    private long goal(long plan, String status, int progress, String... targets) {
        jdbc.update(
                "insert into work_plan_goal (work_plan_id, description, owner, target_date, status, progress) "
                        + "values (?, 'goal', 'owner', '2011-12-31', ?, ?)",
                plan,
                status,
                progress);
        long id = lastId();
        for (String t : targets) {
            jdbc.update("insert into work_plan_goal_sdg (goal_id, target_code) values (?, ?)", id, t);
        }
        return id;
    }

    private void indicator(long goal, String unit, String baseline, String target, String measured) {
        jdbc.update(
                "insert into goal_indicator (goal_id, what, unit, baseline_value, baseline_date, target_value, target_date) "
                        + "values (?, 'connected', ?, ?, '2011-01-01', ?, '2011-12-31')",
                goal,
                unit,
                new BigDecimal(baseline),
                new BigDecimal(target));
        long id = lastId();
        if (measured != null) {
            jdbc.update(
                    "insert into goal_measurement (indicator_id, measured_value, measured_on, source, recorded_by) "
                            + "values (?, ?, '2011-06-30', 'survey', ?)",
                    id,
                    new BigDecimal(measured),
                    userId("liaison"));
        }
    }

    private long learner(long municipality) {
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash, municipality_id) "
                        + "values ('ruri-learner', 'Rudolf Rassendyll', 'rudolf@ruritania.example', 'x', ?)",
                municipality);
        return lastId();
    }

    private long course(String target) {
        jdbc.update(
                "insert into course (title, sub_programme, language, format, trainer_id, duration_hours) "
                        + "values ('Ruritanian records', 'ICT_DISTANCE_LEARNING', 'ENGLISH', 'SELF_PACED', ?, 10)",
                userId("trainer"));
        long id = lastId();
        jdbc.update("insert into course_sdg (course_id, target_code) values (?, ?)", id, target);
        return id;
    }

    private long session(long course) {
        jdbc.update(
                "insert into course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, "
                        + "enrolment_closes) values (?, 'cohort', '2011-01-01', '2011-12-31', 10, '2010-12-01', '2011-12-31')",
                course);
        return lastId();
    }

    private void enrol(long session, long user, String status, String completed) {
        jdbc.update(
                "insert into enrolment (session_id, user_id, status, completed_on) values (?, ?, ?, ?)",
                session,
                user,
                status,
                completed == null ? null : java.sql.Date.valueOf(completed));
    }

    private long application(long municipality, String status, String target) {
        jdbc.update(
                "insert into fund_application (municipality_id, applicant_id, title, sub_programme, description, "
                        + "amount, term_months, status) values (?, ?, 'Latrines', 'SANITATION', 'x', 1500.00, 24, ?)",
                municipality,
                userId("mayor"),
                status);
        long id = lastId();
        jdbc.update("insert into fund_application_sdg (application_id, target_code) values (?, ?)", id, target);
        return id;
    }

    private long loan(long municipality, long application) {
        jdbc.update(
                "insert into loan (application_id, municipality_id, sub_programme, principal, annual_rate, term_months, "
                        + "start_date, status) values (?, ?, 'SANITATION', 1500.00, 0.05, 24, '2011-02-01', 'ACTIVE')",
                application,
                municipality);
        return lastId();
    }

    private void ledger(long loan, String type, String amount, String date) {
        jdbc.update(
                "insert into fund_ledger_entry (entry_type, amount, value_date, loan_id, note) values (?, ?, ?, ?, 'results-test')",
                type,
                new BigDecimal(amount),
                java.sql.Date.valueOf(date),
                loan);
    }

    private long lastId() {
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }
}
