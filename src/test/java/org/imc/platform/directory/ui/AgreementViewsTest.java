package org.imc.platform.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.RelationshipType;
import org.imc.platform.workplan.ui.GoalDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** An affiliate's page: its agreements and their work plans, as a liaison and as a member see them. */
@ViewTest
class AgreementViewsTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private Long salga() {
        return jdbc.queryForObject("select id from affiliate where acronym = 'SALGA'", Long.class);
    }

    @Test
    @WithUserDetails("member")
    void membersReadAgreementsAndTheirWorkPlansButChangeNothing() {
        AffiliateView view = navigate(AffiliateView.class, salga());
        assertThat(view.addAgreement).isNull();
        assertThat(view.editButtons).isEmpty();
        assertThat(view.plans).isNotEmpty();
        assertThat(view.plans).allMatch(p -> p.addGoal == null);
        assertThat(view.plans.stream()
                        .flatMap(p -> p.grids.stream())
                        .mapToInt(g -> test(g).size())
                        .sum())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonRecordsAnAgreementAndAddsAGoalToItsWorkPlan() {
        Long salga = salga();
        long agreementsBefore = jdbc.queryForObject(
                "select count(*) from affiliate_agreement where affiliate_id = ?", Long.class, salga);
        AffiliateView view = navigate(AffiliateView.class, salga);
        test(view.addAgreement).click();
        AgreementDialog dialog = find(AgreementDialog.class).single();
        dialog.relationship.setValue(RelationshipType.STRATEGIC_ALLIANCE);
        dialog.start.setValue(LocalDate.of(2029, 1, 1));
        dialog.end.setValue(LocalDate.of(2028, 1, 1));
        test(dialog.save).click();
        assertThat(dialog.end.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.end.setValue(LocalDate.of(2031, 12, 31));
        test(dialog.imcName).setValue("Lina Okafor");
        test(dialog.save).click();
        // a signatory without the date of the signature is refused
        assertThat(dialog.isOpened()).isTrue();
        dialog.imcSignedOn.setValue(LocalDate.of(2028, 12, 1));
        dialog.emphasis.select("GOVERNANCE");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from affiliate_agreement where affiliate_id = ?", Long.class, salga))
                .isEqualTo(agreementsBefore + 1);

        // the newest agreement comes first, with its own (empty) work plans
        var section = view.plans.getFirst();
        assertThat(section.grids).isEmpty();
        test(section.addGoal).click();
        GoalDialog goal = find(GoalDialog.class).single();
        test(goal.description).setValue("Regional ethics workshops");
        test(goal.owner).setValue("SALGA governance unit");
        goal.target.setValue(LocalDate.of(2029, 6, 30));
        goal.sdgTargets.select("16.6");
        test(goal.save).click();
        assertThat(goal.isOpened()).isFalse();
        assertThat(view.plans.getFirst().grids).hasSize(1);
        assertThat(test(view.plans.getFirst().grids.getFirst()).getRow(0).getSdgTargets())
                .containsExactly("16.6");
    }
}
