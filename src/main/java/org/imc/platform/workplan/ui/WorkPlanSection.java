package org.imc.platform.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.OpenEditor;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.ui.SdgLabels;
import org.imc.platform.workplan.GoalIndicator;
import org.imc.platform.workplan.PlanOwner;
import org.imc.platform.workplan.PlanWithGoals;
import org.imc.platform.workplan.WorkPlanGoal;
import org.imc.platform.workplan.WorkPlanService;

/**
 * The annual work plans of a partnership or an affiliate agreement: one progress bar and one
 * table of goals per year, each goal with its SDG targets and, when measured, its indicator.
 * Whoever the owner's rules allow adds and edits goals, defines indicators and records
 * measurements; everybody else reads.
 */
public class WorkPlanSection extends VerticalLayout {

    private final transient WorkPlanService service;
    private final transient SdgService sdgs;
    private final PlanOwner owner;
    public Button addGoal;
    /** A goal open in an edit dialog, at the version it was opened with. */
    private final OpenEditor editing = new OpenEditor();

    /** The goal tables, one per year (latest first). */
    public final List<Grid<WorkPlanGoal>> grids = new ArrayList<>();

    public WorkPlanSection(WorkPlanService service, SdgService sdgs, PlanOwner owner) {
        this.service = service;
        this.sdgs = sdgs;
        this.owner = owner;
        setPadding(false);
        refresh();
    }

    public void refresh() {
        removeAll();
        grids.clear();
        addGoal = null;
        boolean editable = service.canEdit(owner);
        add(new H2(getTranslation("twinning.workplans.title")));
        if (editable) {
            addGoal = new Button(
                    getTranslation("twinning.workplans.add-goal"),
                    new Icon("vaadin:plus"),
                    e -> new GoalDialog(
                                    sdgs,
                                    LocalDate.now(Formats.zone()).getYear(),
                                    null,
                                    false,
                                    (year, data) -> service.addGoal(owner, year, data),
                                    saved -> refresh())
                            .open());
            addGoal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(addGoal);
        }
        List<PlanWithGoals> plans = service.workPlans(owner);
        if (plans.isEmpty()) {
            add(new Paragraph(getTranslation("twinning.workplans.none")));
        }
        for (PlanWithGoals plan : plans) {
            H3 heading = new H3(getTranslation(
                    "twinning.workplans.year", String.valueOf(plan.plan().getYear()), plan.progress()));
            ProgressBar bar = new ProgressBar(0, 100, plan.progress());
            bar.getElement().setAttribute("aria-label", heading.getText());
            Grid<WorkPlanGoal> goals = new Grid<>(WorkPlanGoal.class, false);
            goals.addColumn(WorkPlanGoal::getDescription)
                    .setHeader(getTranslation("twinning.goal.description"))
                    .setFlexGrow(3);
            goals.addColumn(WorkPlanGoal::getOwner)
                    .setHeader(getTranslation("twinning.goal.owner"))
                    .setFlexGrow(2);
            goals.addColumn(g -> Formats.date(g.getTargetDate()))
                    .setHeader(getTranslation("twinning.goal.target"))
                    .setAutoWidth(true);
            goals.addComponentColumn(this::status)
                    .setHeader(getTranslation("twinning.goal.status"))
                    .setAutoWidth(true);
            goals.addColumn(g -> g.getProgress() + " %")
                    .setHeader(getTranslation("twinning.goal.progress"))
                    .setAutoWidth(true);
            goals.addColumn(g -> indicatorText(plan.indicator(g)))
                    .setHeader(getTranslation("workplan.indicator.column"))
                    .setFlexGrow(2);
            goals.addColumn(g -> SdgLabels.codes(g.getSdgTargets()))
                    .setHeader(getTranslation("sdg.targets.short"))
                    .setAutoWidth(true);
            goals.addComponentColumn(g -> actions(plan, g, editable))
                    .setKey("actions")
                    .setHeader(getTranslation("action.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            // long descriptions and owners wrap instead of being cut off
            goals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            // on a phone: a card per goal (goal, owner, target date, status and progress, actions)
            PhoneColumns.cards(
                    goals,
                    getTranslation("twinning.goal.description"),
                    g -> List.of(
                            g.getDescription(),
                            PhoneColumns.labelled(getTranslation("twinning.goal.owner"), g.getOwner()),
                            PhoneColumns.labelled(
                                    getTranslation("twinning.goal.target"), Formats.date(g.getTargetDate())),
                            status(g),
                            PhoneColumns.labelled(getTranslation("twinning.goal.progress"), g.getProgress() + " %"),
                            actions(plan, g, editable)));
            goals.setItems(plan.goals());
            goals.setAllRowsVisible(true);
            goals.setAriaLabel(heading.getText());
            grids.add(goals);
            add(heading, bar, goals);
        }
    }

    private Span status(WorkPlanGoal g) {
        Span status = new Span(getTranslation(g.getStatus().labelKey()));
        if (g.isOverdue(LocalDate.now(Formats.zone()))) {
            status.setText(status.getText() + " · " + getTranslation("workplan.goal.overdue"));
            status.addClassName("imc-overdue");
        }
        return status;
    }

    private void editGoal(int year, WorkPlanGoal g, boolean measured) {
        GoalDialog dialog = new GoalDialog(
                sdgs,
                year,
                g,
                measured,
                (y, data) -> service.updateGoal(g.getId(), g.getVersion(), data),
                saved -> refresh());
        editing.open(
                dialog,
                g.getVersion(),
                () -> goal(g.getId()).map(WorkPlanGoal::getVersion),
                () -> goal(g.getId()).ifPresent(fresh -> editGoal(year, fresh, measured)));
    }

    private Optional<WorkPlanGoal> goal(Long goalId) {
        return service.workPlans(owner).stream()
                .flatMap(p -> p.goals().stream())
                .filter(g -> g.getId().equals(goalId))
                .findFirst();
    }

    /**
     * The goal open in an edit dialog from this section was changed elsewhere (a live update of the
     * owner's page): the dialog says so and offers to reopen on the current goal, keeping what was
     * typed until then. Call it before the page rebuilds the section.
     */
    public void warnOpenEditor() {
        editing.warnIfChanged();
    }

    private String indicatorText(GoalIndicator i) {
        if (i == null) {
            return "";
        }
        return getTranslation(
                "workplan.indicator.short",
                i.getWhat(),
                Formats.decimal(i.getBaselineValue().stripTrailingZeros()),
                Formats.decimal(i.getTargetValue().stripTrailingZeros()),
                i.getUnit());
    }

    private HorizontalLayout actions(PlanWithGoals plan, WorkPlanGoal g, boolean editable) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        GoalIndicator indicator = plan.indicator(g);
        if (editable) {
            Button edit = small("action.edit", click -> editGoal(plan.plan().getYear(), g, indicator != null));
            edit.setAriaLabel(getTranslation("workplan.goal.edit-named", g.getDescription()));
            Button define = small(
                    indicator == null ? "workplan.indicator.add" : "workplan.indicator.edit",
                    click -> new IndicatorDialog(service, g, indicator, saved -> refresh()).open());
            define.setAriaLabel(getTranslation("workplan.indicator.title", g.getDescription()));
            actions.add(edit, define);
        }
        if (indicator != null) {
            Button measure = small(
                    editable ? "workplan.measurement.record" : "workplan.measurement.show",
                    click -> new MeasurementDialog(service, g, indicator, editable, saved -> refresh()).open());
            measure.setAriaLabel(getTranslation("workplan.measurement.title", g.getDescription()));
            actions.add(measure);
        }
        return actions;
    }

    private Button small(
            String key,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(getTranslation(key), click);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
