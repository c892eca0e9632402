package org.imc.platform.fund.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.DashboardContribution;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.fund.ApplicationLists;
import org.imc.platform.fund.ApplicationStatus;
import org.imc.platform.fund.LoanService;
import org.imc.platform.fund.LoanStatus;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;

/**
 * Revolving-fund cards: a mayor's applications and loans; for officers the review queue and the
 * available capital.
 */
@org.springframework.stereotype.Component
class FundDashboard implements DashboardContribution {

    private final ApplicationLists applications;
    private final LoanService loans;
    private final CurrentUser currentUser;

    private final transient MoneyFormat money;

    FundDashboard(ApplicationLists applications, LoanService loans, CurrentUser currentUser, MoneyFormat money) {
        this.money = money;
        this.applications = applications;
        this.loans = loans;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Component> cards() {
        UI ui = UI.getCurrent();
        SignedInUser user = currentUser.require();
        List<Component> cards = new ArrayList<>();
        if (user.hasRole(Role.FUND_OFFICER)) {
            cards.add(new DashboardCard(ui.getTranslation("fund.dashboard.review"))
                    .figure(
                            Formats.number(applications.reviewCount()),
                            ui.getTranslation("fund.dashboard.review.caption"))
                    .with(new Anchor("fund/review", ui.getTranslation("fund.dashboard.review.open"))));
            cards.add(new DashboardCard(ui.getTranslation("fund.dashboard.capital"))
                    .figure(
                            money.format(loans.capital().available()),
                            ui.getTranslation("fund.dashboard.capital.caption"))
                    .with(new Anchor("fund/portfolio", ui.getTranslation("fund.dashboard.capital.open"))));
        } else if (user.hasRole(Role.MAYOR) && user.municipalityId() != null) {
            long drafts = applications.count(ApplicationStatus.DRAFT);
            long questions = applications.count(ApplicationStatus.INFO_REQUESTED);
            cards.add(new DashboardCard(ui.getTranslation("fund.dashboard.applications"))
                    .figure(
                            Formats.number(applications.count(null)),
                            ui.getTranslation("fund.dashboard.applications.caption"))
                    .text(ui.getTranslation("fund.dashboard.applications.detail", drafts, questions))
                    .with(new Anchor("fund/applications", ui.getTranslation("fund.dashboard.applications.open"))));
            cards.add(new DashboardCard(ui.getTranslation("fund.dashboard.loans"))
                    .figure(
                            Formats.number(loans.count(LoanStatus.ACTIVE)),
                            ui.getTranslation("fund.dashboard.loans.caption"))
                    .with(new Anchor("fund/loans", ui.getTranslation("fund.dashboard.loans.open"))));
        }
        return cards;
    }
}
