package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.DashboardContribution;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.twinning.TwinningReader;
import org.imc.platform.twinning.TwinningStatus;

/**
 * Twinning cards: for mayors what waits for them (first) and their running partnerships; for
 * liaisons the vetting queue and the partnerships needing attention.
 */
@org.springframework.stereotype.Component
class TwinningDashboard implements DashboardContribution {

    private final TwinningReader reader;
    private final CurrentUser currentUser;

    TwinningDashboard(TwinningReader reader, CurrentUser currentUser) {
        this.reader = reader;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        // before the directory's cards: pending actions come first
        return 5;
    }

    @Override
    public List<Component> cards() {
        UI ui = UI.getCurrent();
        SignedInUser user = currentUser.require();
        List<Component> cards = new ArrayList<>();
        if (user.hasRole(Role.LIAISON)) {
            cards.add(new DashboardCard(ui.getTranslation("twinning.dashboard.queue"))
                    .figure(
                            Formats.number(reader.countProposals(EnumSet.of(TwinningStatus.PROPOSED))),
                            ui.getTranslation("twinning.dashboard.queue.caption"))
                    .with(new Anchor("twinning/proposals", ui.getTranslation("twinning.dashboard.actions.open"))));
            cards.add(new DashboardCard(ui.getTranslation("twinning.dashboard.attention"))
                    .figure(
                            Formats.number(reader.countNeedingAttention()),
                            ui.getTranslation("twinning.dashboard.attention.caption"))
                    .with(new Anchor("twinning/partnerships", ui.getTranslation("twinning.dashboard.mine.open"))));
        }
        if (user.hasRole(Role.MAYOR) && user.municipalityId() != null) {
            int waiting = reader.awaitingMyAction().size();
            cards.add(new DashboardCard(ui.getTranslation("twinning.dashboard.actions"))
                    .figure(Formats.number(waiting), ui.getTranslation("twinning.dashboard.actions.caption"))
                    .with(new Anchor("twinning/proposals", ui.getTranslation("twinning.dashboard.actions.open"))));
            cards.add(new DashboardCard(ui.getTranslation("twinning.dashboard.mine"))
                    .figure(
                            Formats.number(reader.countPartnerships(EnumSet.of(TwinningStatus.ACTIVE), true)),
                            ui.getTranslation("twinning.dashboard.mine.caption"))
                    .with(
                            new Div(new Anchor(
                                    "twinning/partnerships", ui.getTranslation("twinning.dashboard.mine.open"))),
                            new Div(new Anchor("twinning/partners", ui.getTranslation("twinning.dashboard.find")))));
        }
        return cards;
    }
}
