package org.imc.platform.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.DashboardContribution;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.EnrolmentStatus;
import org.imc.platform.learning.MyLearning;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;

/**
 * Learning cards: a trainer sees what awaits their decision; every learner sees their own
 * enrolments, waitlist places and certificates.
 */
@org.springframework.stereotype.Component
class LearningDashboard implements DashboardContribution {

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final MyLearning mine;
    private final CurrentUser currentUser;

    LearningDashboard(CourseService courses, EnrolmentService enrolments, MyLearning mine, CurrentUser currentUser) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.mine = mine;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Component> cards() {
        UI ui = UI.getCurrent();
        List<Component> cards = new ArrayList<>();
        if (currentUser.hasRole(Role.TRAINER)) {
            cards.add(new DashboardCard(ui.getTranslation("learning.dashboard.trainer"))
                    .figure(
                            Formats.number(enrolments.pendingForMe()),
                            ui.getTranslation("learning.dashboard.trainer.pending"))
                    .text(ui.getTranslation(
                            "learning.dashboard.trainer.courses", courses.mine().size()))
                    .with(new Anchor("learning/manage", ui.getTranslation("learning.dashboard.trainer.open"))));
        }
        long active = mine.count(EnrolmentStatus.ENROLLED, EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED);
        cards.add(new DashboardCard(ui.getTranslation("learning.dashboard.learner"))
                .figure(Formats.number(active), ui.getTranslation("learning.dashboard.learner.active"))
                .text(ui.getTranslation(
                        "learning.dashboard.learner.waitlisted",
                        mine.count(EnrolmentStatus.WAITLISTED),
                        mine.count(EnrolmentStatus.COMPLETED)))
                .with(
                        new Div(new Anchor("learning/my", ui.getTranslation("learning.dashboard.learner.open"))),
                        new Div(new Anchor("learning/courses", ui.getTranslation("learning.dashboard.catalogue")))));
        return cards;
    }
}
