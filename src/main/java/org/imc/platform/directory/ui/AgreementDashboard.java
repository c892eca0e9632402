package org.imc.platform.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.ui.Bidi;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.DashboardContribution;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.directory.AffiliateAgreement;
import org.imc.platform.directory.AffiliateService;
import org.imc.platform.directory.AgreementService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.workplan.OverdueGoal;

/** A liaison's agreements to renew (ending within 60 days or ended) and their overdue goals. */
@org.springframework.stereotype.Component
class AgreementDashboard implements DashboardContribution {

    private static final int SHOWN = 5;

    private final AgreementService agreements;
    private final AffiliateService affiliates;
    private final CurrentUser currentUser;

    AgreementDashboard(AgreementService agreements, AffiliateService affiliates, CurrentUser currentUser) {
        this.agreements = agreements;
        this.affiliates = affiliates;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public List<Component> cards() {
        if (!currentUser.hasRole(Role.LIAISON)) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        LocalDate today = LocalDate.now(Formats.zone());
        List<AffiliateAgreement> renew = agreements.toRenew();
        UnorderedList renewList = new UnorderedList();
        renewList.addClassName("imc-resource-list");
        renew.stream()
                .limit(SHOWN)
                .forEach(a -> renewList.add(new ListItem(
                        new Anchor(
                                "affiliates/" + a.getAffiliateId(),
                                affiliates.get(a.getAffiliateId()).getName()),
                        new Text(" — "),
                        Bidi.isolated(
                                ui.getTranslation(a.state(today).labelKey()) + " " + Formats.date(a.getEndDate())))));
        DashboardCard renewCard = new DashboardCard(ui.getTranslation("dashboard.agreements.renew"))
                .figure(Formats.number(renew.size()), ui.getTranslation("dashboard.agreements.renew.caption"));
        if (!renew.isEmpty()) {
            renewCard.with(renewList);
        }
        List<OverdueGoal> overdue = agreements.overdueGoals(SHOWN + 1);
        UnorderedList goalList = new UnorderedList();
        goalList.addClassName("imc-resource-list");
        overdue.stream()
                .limit(SHOWN)
                .forEach(g -> goalList.add(new ListItem(
                        Bidi.isolated(g.description()), new Text(" — "), Bidi.isolated(Formats.date(g.targetDate())))));
        DashboardCard goalsCard = new DashboardCard(ui.getTranslation("dashboard.agreements.overdue"))
                .figure(
                        overdue.size() > SHOWN ? SHOWN + "+" : Formats.number(overdue.size()),
                        ui.getTranslation("dashboard.agreements.overdue.caption"));
        if (!overdue.isEmpty()) {
            goalsCard.with(goalList);
        }
        List<Component> cards = new ArrayList<>();
        cards.add(renewCard.with(new Anchor("affiliates", ui.getTranslation("dashboard.agreements.open"))));
        cards.add(goalsCard);
        return cards;
    }
}
