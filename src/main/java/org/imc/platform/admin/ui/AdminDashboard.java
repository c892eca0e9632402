package org.imc.platform.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imc.platform.audit.AuditQuery;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.DashboardContribution;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserService;

/**
 * The administrator's cards on the dashboard: how many users there are, how busy the audit
 * trail is, and failed sign-ins of the last day, each leading to the page to act on it.
 */
@org.springframework.stereotype.Component
class AdminDashboard implements DashboardContribution {

    /** The action the security module records for a failed sign-in. */
    static final String SIGN_IN_FAILURE = "SIGN_IN_FAILURE";

    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    AdminDashboard(CurrentUser currentUser, UserService users, AuditService audit, Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<Component> cards() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            return List.of();
        }
        Instant now = clock.instant();
        AuditQuery lastDay = AuditQuery.all().between(now.minus(Duration.ofHours(24)), null);

        DashboardCard usersCard = new DashboardCard(t("admin.dashboard.users.title"))
                .figure(Formats.number(users.count(null)), t("admin.dashboard.users.count"))
                .with(new RouterLink(t("admin.dashboard.users.link"), UserAdminView.class));

        DashboardCard auditCard = new DashboardCard(t("admin.dashboard.audit.title"))
                .figure(Formats.number(audit.count(lastDay)), t("admin.dashboard.audit.last-day"))
                .figure(Formats.number(audit.count(AuditQuery.all())), t("admin.dashboard.audit.total"))
                .with(new RouterLink(t("admin.dashboard.audit.link"), AuditLogView.class));

        RouterLink failuresLink = new RouterLink(t("admin.dashboard.sign-in-failures.link"), AuditLogView.class);
        failuresLink.setQueryParameters(QueryParameters.of(AuditLogView.PARAM_ACTION, SIGN_IN_FAILURE));
        DashboardCard failuresCard = new DashboardCard(t("admin.dashboard.sign-in-failures.title"))
                .figure(
                        Formats.number(audit.count(lastDay.withAction(SIGN_IN_FAILURE))),
                        t("admin.dashboard.sign-in-failures.last-day"))
                .with(failuresLink);

        return List.of(usersCard, auditCard, failuresCard);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
