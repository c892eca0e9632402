package org.imc.platform.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.imc.platform.base.ui.AccessDeniedView;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.security.AppUser;
import org.imc.platform.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails("admin")
class UserAdminViewTest extends BrowserlessViewTest {

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsTheDemoUsers() {
        navigate(UserAdminView.class);

        assertThat(usernames()).contains("admin", "mayor", "mayor2", "liaison", "officer", "trainer", "member");
        var grid = test(grid());
        int mayorRow = usernames().indexOf("mayor");
        assertThat(grid.getCellText(mayorRow, grid.getColumnPosition("roles"))).contains("Mayor", "Member");
        assertThat(grid.getCellText(mayorRow, grid.getColumnPosition("municipality")))
                .isEqualTo("Accra");
        assertThat(grid.getCellText(mayorRow, grid.getColumnPosition("enabled")))
                .isEqualTo("Yes");
        assertThat(grid.getCellText(mayorRow, grid.getColumnPosition("locked"))).isEqualTo("No");
    }

    @Test
    void searchNarrowsTheList() {
        navigate(UserAdminView.class);

        test(find(TextField.class).withLabel("Search").single()).setValue("mayor");

        assertThat(usernames()).contains("mayor", "mayor2").doesNotContain("admin", "member");
    }

    @Test
    void sortsByUserNameInTheDatabase() {
        navigate(UserAdminView.class);
        var grid = test(grid());
        int column = grid.getColumnPosition("username");

        grid.sortByColumn(column, com.vaadin.flow.data.provider.SortDirection.DESCENDING);

        List<String> names = usernames();
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void malformedEmailIsShownOnTheFieldAndNothingIsSaved() {
        navigate(UserAdminView.class);
        String username = unique("mail");
        long before = users.count(null);

        openNewUserDialog();
        fill(username, "Mail Tester", "not-an-email");
        test(find(CheckboxGroup.class).withLabel("Roles").single()).selectItem("Member");
        test(button("Invite")).click();

        EmailField email = find(EmailField.class).withLabel("E-mail").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isNotBlank();
        assertThat(find(UserDialog.class).exists()).isTrue();
        assertThat(users.count(username)).isZero();
        assertThat(users.count(null)).isEqualTo(before);
    }

    @Test
    void takenUserNameIsShownOnTheUserNameField() {
        navigate(UserAdminView.class);

        openNewUserDialog();
        fill("mayor", "Someone Else", "someone@example.org");
        test(find(CheckboxGroup.class).withLabel("Roles").single()).selectItem("Member");
        test(button("Invite")).click();

        TextField username = find(TextField.class).withLabel("User name").single();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This user name is already taken. Choose another one.");
        assertThat(find(UserDialog.class).exists()).isTrue();
    }

    @Test
    void mayorWithoutMunicipalityIsRefusedOnTheMunicipalityField() {
        navigate(UserAdminView.class);
        String username = unique("nomuni");

        openNewUserDialog();
        fill(username, "No Municipality", "nomuni@example.org");
        test(find(CheckboxGroup.class).withLabel("Roles").single()).selectItem("Mayor");
        test(button("Invite")).click();

        ComboBox<?> municipality =
                find(ComboBox.class).withLabel("Municipality").single();
        assertThat(municipality.isVisible()).isTrue();
        assertThat(municipality.isInvalid()).isTrue();
        assertThat(municipality.getErrorMessage())
                .isEqualTo("A mayor must be assigned to the municipality they act for.");
        assertThat(users.count(username)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAMayorWithAMunicipality() {
        navigate(UserAdminView.class);
        String username = unique("mayor-new");

        openNewUserDialog();
        assertThat(find(ComboBox.class).withLabel("Municipality").exists()).isFalse();
        fill(username, "New Mayor", "new.mayor@example.org");
        test(find(CheckboxGroup.class).withLabel("Roles").single()).selectItems("Mayor", "Member");
        ComboBox<MunicipalityName> municipality =
                find(ComboBox.class).withLabel("Municipality").single();
        var combo = test(municipality);
        combo.setFilter("Kuma");
        assertThat(combo.getSuggestions()).containsExactly("Kumasi (Ghana)");
        combo.selectItem("Kumasi (Ghana)");
        test(button("Invite")).click();

        assertThat(find(UserDialog.class).exists()).isFalse();
        test(find(TextField.class).withLabel("Search").single()).setValue(username);
        assertThat(usernames()).containsExactly(username);
        var grid = test(grid());
        assertThat(grid.getCellText(0, grid.getColumnPosition("municipality"))).isEqualTo("Kumasi");
        assertThat(grid.getCellText(0, grid.getColumnPosition("roles"))).isEqualTo("Mayor, Member");
    }

    @Test
    void editingShowsTheMunicipalityAndNoPassword() {
        navigate(UserAdminView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue("mayor2");
        clickRowAction(0, "Edit");

        TextField username = find(TextField.class).withLabel("User name").single();
        assertThat(username.isReadOnly()).isTrue();
        ComboBox<?> municipality =
                find(ComboBox.class).withLabel("Municipality").single();
        assertThat(municipality.isVisible()).isTrue();
        assertThat(((MunicipalityName) municipality.getValue()).name()).isEqualTo("Kingston");
        assertThat(find(PasswordField.class).exists())
                .as("admins never set passwords")
                .isFalse();
    }

    @Test
    void disablesAUserAfterConfirmation() {
        AppUser user = TestUsers.createMember(users, jdbc, unique("leaver"));
        navigate(UserAdminView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue(user.getUsername());
        assertThat(usernames()).containsExactly(user.getUsername());

        clickRowAction(0, "Disable");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(users.get(user.getId()).isEnabled()).isFalse();
        var grid = test(grid());
        assertThat(grid.getCellText(0, grid.getColumnPosition("enabled"))).isEqualTo("No");
        assertThat(rowAction(0, "Enable")).isNotNull();
    }

    @Test
    void showsLockedUsersAndUnlocksThem() {
        String prefix = unique("locked");
        AppUser free = TestUsers.createMember(users, jdbc, prefix + "-a");
        AppUser locked = TestUsers.createMember(users, jdbc, prefix + "-b");
        // five failed sign-ins in a row leave a row like this one
        jdbc.update(
                "insert into sign_in_throttle (username, version, failed_count, locked_until) values (?, 0, 5, ?)",
                locked.getUsername(),
                Timestamp.from(Instant.now().plus(15, ChronoUnit.MINUTES)));
        navigate(UserAdminView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue(prefix);

        assertThat(usernames()).containsExactly(free.getUsername(), locked.getUsername());
        var grid = test(grid());
        int lockedColumn = grid.getColumnPosition("locked");
        assertThat(grid.getCellText(0, lockedColumn)).isEqualTo("No");
        assertThat(grid.getCellText(1, lockedColumn)).isEqualTo("Yes");
        assertThat(rowAction(0, "Unlock").isEnabled()).isFalse();
        assertThat(rowAction(1, "Unlock").isEnabled()).isTrue();

        clickRowAction(1, "Unlock");

        assertThat(users.isLocked(locked.getUsername())).isFalse();
        assertThat(grid.getCellText(1, lockedColumn)).isEqualTo("No");
    }

    @Test
    void resetsTheTwoStepSignInOfAUserWhoHasIt() {
        String prefix = unique("twostep");
        AppUser without = TestUsers.createMember(users, jdbc, prefix + "-a");
        AppUser with = TestUsers.createMember(users, jdbc, prefix + "-b");
        // a sealed secret (its content does not matter here: it is removed unread)
        jdbc.update("insert into second_factor (user_id, secret) values (?, 'v1:AAAA')", with.getId());
        navigate(UserAdminView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue(prefix);

        assertThat(usernames()).containsExactly(without.getUsername(), with.getUsername());
        assertThat(rowAction(0, "Reset two-step").isEnabled()).isFalse();
        assertThat(rowAction(1, "Reset two-step").isEnabled()).isTrue();
        assertThat(rowAction(1, "Reset two-step").getAriaLabel())
                .contains("Reset two-step sign-in of " + with.getUsername());

        clickRowAction(1, "Reset two-step");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(users.hasSecondFactor(with.getId())).isFalse();
        assertThat(rowAction(1, "Reset two-step").isEnabled()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SECOND_FACTOR_RESET' and entity_id = ?",
                        Long.class,
                        String.valueOf(with.getId())))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("member")
    void otherRolesGetAccessDenied() {
        var view = navigate("admin/users", AccessDeniedView.class);

        assertThat(view).isInstanceOf(AccessDeniedView.class);
        assertThat(find(Grid.class).exists()).isFalse();
    }

    private void openNewUserDialog() {
        test(button("Invite a user")).click();
        assertThat(find(UserDialog.class).exists()).isTrue();
    }

    private void fill(String username, String fullName, String email) {
        test(find(TextField.class).withLabel("User name").single()).setValue(username);
        test(find(TextField.class).withLabel("Full name").single()).setValue(fullName);
        test(find(EmailField.class).withLabel("E-mail").single()).setValue(email);
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserAdminView.Item> grid() {
        return find(Grid.class).single();
    }

    private List<String> usernames() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).user().username())
                .toList();
    }

    private Button rowAction(int row, String text) {
        Div actions = (Div) test(grid()).getCellComponent(row, "actions");
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    private void clickRowAction(int row, String text) {
        rowAction(row, text).click();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
