package org.imc.platform.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imc.platform.audit.AuditQuery;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class AdminDashboardTest extends BrowserlessViewTest {

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails("admin")
    void showsAdminFiguresWithLinks() {
        String name = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        audit.recordAs(name, "SIGN_IN_FAILURE", "SignIn", name, null, Map.of("reason", "bad credentials"));
        // the test UI opens on the dashboard before this method runs: leave and come back for fresh figures
        navigate("events", Component.class);
        navigate("", Component.class);

        DashboardCard usersCard = card("Users");
        assertThat(figures(usersCard)).containsExactly(Long.toString(users.count(null)));
        assertThat(link(usersCard).getHref()).isEqualTo("admin/users");

        DashboardCard auditCard = card("Audit trail");
        Instant dayAgo = Instant.now().minus(24, ChronoUnit.HOURS);
        long total = audit.count(AuditQuery.all());
        assertThat(total).isPositive();
        assertThat(figures(auditCard)).hasSize(2).last().isEqualTo(Long.toString(total));
        assertThat(link(auditCard).getHref()).isEqualTo("admin/audit");

        DashboardCard failures = card("Failed sign-ins");
        long failed = audit.count(AuditQuery.all().withAction("SIGN_IN_FAILURE").between(dayAgo, null));
        assertThat(failed).isPositive();
        assertThat(figures(failures)).containsExactly(Long.toString(failed));
        assertThat(link(failures).getHref()).isEqualTo("admin/audit?action=SIGN_IN_FAILURE");
    }

    @Test
    @WithUserDetails("member")
    void othersSeeNoAdminCards() {
        navigate("", Component.class);

        assertThat(find(H2.class).all().stream().map(H2::getText))
                .doesNotContain("Users", "Audit trail", "Failed sign-ins");
    }

    private DashboardCard card(String title) {
        return find(DashboardCard.class).all().stream()
                .filter(c -> c.getChildren().anyMatch(h -> h instanceof H2 h2 && title.equals(h2.getText())))
                .findFirst()
                .orElseThrow();
    }

    private List<String> figures(DashboardCard card) {
        return find(Span.class, card).withClassName("imc-card-figure").all().stream()
                .map(Span::getText)
                .toList();
    }

    private RouterLink link(DashboardCard card) {
        return find(RouterLink.class, card).single();
    }
}
