package org.imc.platform.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.imc.platform.audit.AuditEvent;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.ui.AccessDeniedView;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.security.AppUser;
import org.imc.platform.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails("admin")
class AuditLogViewTest extends BrowserlessViewTest {

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void listsTheCreationOfAUserWithItsState() {
        AppUser user = TestUsers.createMember(
                users, jdbc, "audited-" + UUID.randomUUID().toString().substring(0, 8));
        navigate(AuditLogView.class);

        test(find(TextField.class).withLabel("Entity id").single())
                .setValue(user.getId().toString());
        test(find(ComboBox.class).withLabel("Entity type").single()).selectItem("User");

        // the creation and the invitation sent with it
        assertThat(rows()).extracting(AuditEvent::getAction).containsExactlyInAnyOrder("CREATE", "INVITE");
        int row = rows().stream().map(AuditEvent::getAction).toList().indexOf("CREATE");
        AuditEvent created = rows().get(row);
        assertThat(created.getActor()).isEqualTo("admin");
        var grid = test(grid());
        assertThat(grid.getCellText(row, grid.getColumnPosition("action"))).isEqualTo("CREATE");
        assertThat(grid.getCellText(row, grid.getColumnPosition("entityId")))
                .isEqualTo(user.getId().toString());
        assertThat(grid.getCellText(row, grid.getColumnPosition("time"))).isNotBlank();

        grid.select(row);

        assertThat(grid().isDetailsVisible(created)).isTrue();
    }

    @Test
    void showsNewestFirstAndSortsByTime() {
        String name = "sorted-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = TestUsers.createMember(users, jdbc, name);
        users.setEnabled(user.getId(), false);
        users.setEnabled(user.getId(), true);
        navigate(AuditLogView.class);
        test(find(TextField.class).withLabel("Entity id").single())
                .setValue(user.getId().toString());

        assertThat(rows()).extracting(AuditEvent::getAction).containsExactly("ENABLE", "DISABLE", "INVITE", "CREATE");

        var grid = test(grid());
        grid.sortByColumn(grid.getColumnPosition("time"), com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(rows()).extracting(AuditEvent::getAction).containsExactly("CREATE", "INVITE", "DISABLE", "ENABLE");
    }

    @Test
    void filtersByActorActionAndDate() {
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        audit.recordAs(stranger, "SIGN_IN_FAILURE", "SignIn", stranger, null, Map.of("reason", "bad credentials"));
        // as the dashboard's "failed sign-ins" link does
        UI.getCurrent().navigate(AuditLogView.class, QueryParameters.of("action", "SIGN_IN_FAILURE"));
        assertThat(getCurrentView()).isInstanceOf(AuditLogView.class);

        assertThat(find(ComboBox.class).withLabel("Action").single().getValue()).isEqualTo("SIGN_IN_FAILURE");
        test(find(TextField.class).withLabel("Actor").single()).setValue(stranger);
        assertThat(rows()).extracting(AuditEvent::getEntityId).containsExactly(stranger);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        test(find(DatePicker.class).withLabel("From").single()).setValue(today.plusDays(2));
        assertThat(rows()).isEmpty();
        test(find(DatePicker.class).withLabel("From").single()).setValue(today.minusDays(1));
        test(find(DatePicker.class).withLabel("To").single()).setValue(today.plusDays(1));
        assertThat(rows()).hasSize(1);
    }

    @Test
    void showsTheStateAsPlainText() {
        String name = "markup-" + UUID.randomUUID().toString().substring(0, 8);
        audit.recordAs(name, "UPDATE", "Test", name, Map.of("note", "<b>before</b>"), Map.of("note", "<img src=x>"));
        navigate(AuditLogView.class);
        test(find(TextField.class).withLabel("Actor").single()).setValue(name);

        test(grid()).select(0);

        List<String> texts = find(Pre.class).all().stream().map(Pre::getText).toList();
        assertThat(texts).contains("note: <b>before</b>", "note: <img src=x>");
    }

    @Test
    @WithUserDetails("liaison")
    void otherRolesGetAccessDenied() {
        assertThat(navigate("admin/audit", AccessDeniedView.class)).isInstanceOf(AccessDeniedView.class);
        assertThat(find(Grid.class).exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEvent> grid() {
        return find(Grid.class).single();
    }

    private List<AuditEvent> rows() {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
