package org.imc.platform.twinning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.imc.platform.base.ui.ChangedElsewhere;
import org.imc.platform.base.ui.LiveViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.twinning.PartnershipService;
import org.imc.platform.workplan.GoalData;
import org.imc.platform.workplan.WorkPlanGoal;
import org.imc.platform.workplan.ui.GoalDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A partnership page open while the liaison changes a goal of its work plan: the page shows the
 * new goal at once, and the goal's edit dialog open on the page says that its record changed,
 * keeps what was typed, and on request opens again on the current version.
 */
@ViewTest
class LiveTwinningViewsTest extends LiveViewTest {

    @Autowired
    PartnershipService partnerships;

    @Autowired
    JdbcTemplate jdbc;

    private Long goalId;
    private String descriptionBefore;

    @AfterEach
    void restoreGoal() {
        if (goalId != null) {
            jdbc.update("UPDATE work_plan_goal SET description = ? WHERE id = ?", descriptionBefore, goalId);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkPlanGoal> goalsGrid() {
        return find(Grid.class).all().stream()
                .filter(g -> test(g).size() > 0 && test(g).getRow(0) instanceof WorkPlanGoal)
                .map(g -> (Grid<WorkPlanGoal>) g)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("mayor")
    void theLiaisonChangesAGoalWhileTheMayorEditsIt() throws Exception {
        Long partnership = jdbc.queryForObject(
                "select t.id from twinning t join municipality p on p.id = t.proposer_id "
                        + "join municipality q on q.id = t.partner_id where p.name = 'Accra' and q.name = 'Kisumu'",
                Long.class);
        PartnershipView view = navigate(PartnershipView.class, partnership);
        Grid<WorkPlanGoal> goals = goalsGrid();
        WorkPlanGoal goal = test(goals).getRow(0);
        goalId = goal.getId();
        descriptionBefore = goal.getDescription();
        Button edit = (Button) test(goals)
                .getCellComponent(0, "actions")
                .getChildren()
                .findFirst()
                .orElseThrow();
        test(edit).click();
        GoalDialog dialog = find(GoalDialog.class).single();
        test(dialog.owner).setValue("Typed by the mayor, not saved");

        String changed = "Changed by the liaison " + System.nanoTime();
        as(
                "liaison",
                () -> partnerships.updateGoal(
                        goal.getId(),
                        goal.getVersion(),
                        new GoalData(
                                changed,
                                goal.getOwner(),
                                goal.getTargetDate(),
                                goal.getStatus(),
                                goal.getProgress(),
                                java.util.Set.copyOf(goal.getSdgTargets()))));

        assertThat(eventually(dialog::saysChangedElsewhere))
                .as("the open dialog says so")
                .isTrue();
        assertThat(dialog.owner.getValue()).isEqualTo("Typed by the mayor, not saved");
        assertThat(test(goalsGrid()).getCellText(0, 0))
                .as("the page shows the liaison's goal")
                .isEqualTo(changed);
        assertThat(view.twinning.getId()).isEqualTo(partnership);

        Button reload = (Button) find(ChangedElsewhere.class)
                .single()
                .getChildren()
                .filter(c -> c instanceof Button)
                .findFirst()
                .orElseThrow();
        test(reload).click();
        assertThat(dialog.isOpened()).isFalse();
        GoalDialog again = find(GoalDialog.class).all().stream()
                .filter(GoalDialog::isOpened)
                .findFirst()
                .orElseThrow();
        assertThat(again.description.getValue()).isEqualTo(changed);
        assertThat(again.saysChangedElsewhere()).isFalse();
    }
}
