package org.imc.platform.twinning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.twinning.PartnerSuggestion;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningStatus;
import org.imc.platform.workplan.ui.GoalDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner finder, the proposal flow and the partnership forms, without a browser. */
@ViewTest
class TwinningViewsTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long lastId;

    @BeforeEach
    void remember() {
        lastId = jdbc.queryForObject("select coalesce(max(id), 0) from twinning", Long.class);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from twinning where id > ?", lastId);
    }

    private long twinnings() {
        return jdbc.queryForObject("select count(*) from twinning", Long.class);
    }

    private Long idOf(String name) {
        return jdbc.queryForObject("select id from municipality where name = ?", Long.class, name);
    }

    @Test
    @WithUserDetails("mayor")
    void thePartnerFinderShowsItsCandidatesOnAMapAndPracticesForANeed() {
        PartnerFinderView view = navigate(PartnerFinderView.class);
        test(view.mapSwitch).click();
        assertThat(view.map.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        // the candidates the list holds, not the whole network: never the mayor's own Accra
        long placedCandidates = jdbc.queryForObject(
                "select count(*) from municipality where latitude is not null and name <> 'Accra'", Long.class);
        assertThat(view.map.points.stream().mapToInt(p -> p.count()).sum()).isEqualTo((int) placedCandidates);
        assertThat(view.map.points)
                .extracting(p -> p.label())
                .contains("Kisumu")
                .doesNotContain("Accra");
        assertThat(view.map.lines).isEmpty();

        // filtered by country: the map zooms there and shows just the list's two candidates
        test(view.country).selectItem("Jamaica");
        assertThat(view.matches.getText()).isEqualTo("2 candidates");
        assertThat(view.map.points).hasSize(2).allMatch(p -> p.count() == 1);
        assertThat(view.map.area.zoom()).isGreaterThan(2);
        assertThat(view.map.points).extracting(p -> p.label()).contains("Kingston");
        view.country.clear();
        assertThat(view.map.points.stream().mapToInt(p -> p.count()).sum()).isEqualTo((int) placedCandidates);
        assertThat(view.need.getValue()).isNotNull();
        assertThat(view.practices.isVisible()).isTrue();
    }

    private List<PartnerSuggestion> rows(PartnerFinderView view) {
        var grid = test(view.grid);
        List<PartnerSuggestion> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    @Test
    @WithUserDetails("mayor")
    void partnerFinderRanksExplainsAndMarks() {
        PartnerFinderView view = navigate(PartnerFinderView.class);
        List<PartnerSuggestion> rows = rows(view);
        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().score())
                .isGreaterThanOrEqualTo(rows.getLast().score());
        PartnerSuggestion kisumu =
                rows.stream().filter(s -> s.name().equals("Kisumu")).findFirst().orElseThrow();
        assertThat(kisumu.openStatus()).isEqualTo(TwinningStatus.ACTIVE);
        // Kisumu offers drinking water and sanitation; Accra needs neither exactly, but shares a pillar and English
        assertThat(kisumu.reasons()).isNotEmpty();
        PartnerSuggestion kingston = rows.stream()
                .filter(s -> s.name().equals("Kingston"))
                .findFirst()
                .orElseThrow();
        String ict = view.getTranslation(SubProgramme.ICT_DISTANCE_LEARNING.labelKey());
        assertThat(kingston.reasons().stream().map(view::explain).toList())
                .anySatisfy(text -> assertThat(text)
                        .startsWith("They need ")
                        .endsWith("; you offer it (+3)")
                        .containsIgnoringCase(ict));

        test(view.country).selectItem("Jamaica");
        assertThat(rows(view)).extracting(PartnerSuggestion::country).containsOnly("Jamaica");
        assertThat(view.matches.getText()).isEqualTo("2 candidates");
        view.country.clear();
        test(view.sharedLanguage).click();
        assertThat(rows(view))
                .allMatch(
                        s -> s.reasons().stream().anyMatch(r -> r.kind().name().equals("SHARED_LANGUAGE")));
    }

    @Test
    @WithUserDetails("mayor")
    void proposalFormRefusesBadInputAtTheFieldThenSendsAndTheMayorCanWithdraw() {
        PartnerFinderView view = navigate(PartnerFinderView.class);
        PartnerSuggestion kingston = rows(view).stream()
                .filter(s -> s.name().equals("Kingston"))
                .findFirst()
                .orElseThrow();
        view.openProposal(kingston);
        ProposalDialog dialog = find(ProposalDialog.class).single();
        long before = twinnings();

        test(dialog.message).setValue("Shall we twin?");
        test(dialog.save).click();
        assertThat(dialog.themes.isInvalid()).isTrue();
        assertThat(dialog.themes.getErrorMessage()).isEqualTo("Choose at least one theme");
        assertThat(dialog.isOpened()).isTrue();

        dialog.themes.setValue(Set.of(SubProgramme.ICT_DISTANCE_LEARNING));
        test(dialog.message).setValue("x".repeat(10_000));
        test(dialog.save).click();
        assertThat(dialog.message.isInvalid()).isTrue();
        assertThat(dialog.message.getErrorMessage()).contains("Too long");
        assertThat(twinnings()).isEqualTo(before);

        test(dialog.message).setValue("Accra offers its e-learning platform for your finance staff.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(twinnings()).isEqualTo(before + 1);
        PartnerSuggestion marked = rows(view).stream()
                .filter(s -> s.name().equals("Kingston"))
                .findFirst()
                .orElseThrow();
        assertThat(marked.openStatus()).isEqualTo(TwinningStatus.PROPOSED);

        ProposalListView proposals = navigate(ProposalListView.class);
        test(proposals.tabs).select(1);
        var grid = test(proposals.grid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            Twinning t = grid.getRow(i);
            if (t.getPartnerMunicipalityId().equals(idOf("Kingston")) && t.getStatus() == TwinningStatus.PROPOSED) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) grid.getCellComponent(row, 6);
        com.vaadin.flow.component.button.Button withdraw = actions.getChildren()
                .map(c -> (com.vaadin.flow.component.button.Button) c)
                .filter(b ->
                        "Withdraw: Accra and Kingston".equals(b.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        test(withdraw).click();
        assertThat(jdbc.queryForObject(
                        "select status from twinning where id > ? and partner_id = ?",
                        String.class,
                        lastId,
                        idOf("Kingston")))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    @WithUserDetails("mayor")
    void goalAndExchangeFormsRefuseBadValuesNextToTheField() {
        Long partnership = jdbc.queryForObject(
                "select id from twinning where proposer_id = ? and partner_id = ?",
                Long.class,
                idOf("Accra"),
                idOf("Kisumu"));
        long goalsBefore = jdbc.queryForObject("select count(*) from work_plan_goal", Long.class);
        long exchangesBefore = jdbc.queryForObject("select count(*) from twinning_exchange", Long.class);
        PartnershipView view = navigate(PartnershipView.class, partnership);
        assertThat(view.addGoal).isNotNull();

        test(view.addGoal).click();
        GoalDialog goal = find(GoalDialog.class).single();
        test(goal.description).setValue("Train meter readers");
        test(goal.owner).setValue("Water directorate");
        goal.target.setValue(LocalDate.of(2026, 12, 1));
        test(goal.progress).setValue(150);
        test(goal.save).click();
        assertThat(goal.progress.isInvalid()).isTrue();
        assertThat(goal.progress.getErrorMessage()).isEqualTo("Progress must be between 0 and 100 %");
        assertThat(goal.isOpened()).isTrue();
        goal.close();

        test(view.addExchange).click();
        ExchangeDialog exchange = find(ExchangeDialog.class).single();
        exchange.host.setValue(idOf("Accra"));
        exchange.start.setValue(LocalDate.of(2026, 10, 10));
        exchange.end.setValue(LocalDate.of(2026, 10, 1));
        test(exchange.participants).setValue("Two engineers");
        test(exchange.topic).setValue("Meter reading");
        test(exchange.save).click();
        assertThat(exchange.end.isInvalid()).isTrue();
        assertThat(exchange.end.getErrorMessage()).isEqualTo("The end date cannot be before the start date");
        assertThat(exchange.isOpened()).isTrue();
        exchange.close();

        assertThat(jdbc.queryForObject("select count(*) from work_plan_goal", Long.class))
                .isEqualTo(goalsBefore);
        assertThat(jdbc.queryForObject("select count(*) from twinning_exchange", Long.class))
                .isEqualTo(exchangesBefore);
    }

    @Test
    @WithUserDetails("member")
    void membersReadPartnershipsButChangeNothing() {
        PartnershipListView list = navigate(PartnershipListView.class);
        assertThat(test(list.grid).size()).isGreaterThanOrEqualTo(4);
        Long concluded = jdbc.queryForObject(
                "select id from twinning where status = 'CONCLUDED' order by id limit 1", Long.class);
        PartnershipView view = navigate(PartnershipView.class, concluded);
        assertThat(view.addGoal).isNull();
        assertThat(view.addExchange).isNull();
        assertThat(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Suspend")
                        .all())
                .isEmpty();
    }
}
