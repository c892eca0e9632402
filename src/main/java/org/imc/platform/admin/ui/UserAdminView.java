package org.imc.platform.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserRow;
import org.imc.platform.security.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * User administration: search, create and edit users (roles, a mayor's municipality), disable
 * or enable them, lift a lock-out (sign-in, second factor, password change) and reset a lost
 * authenticator app.
 */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    /** A row of the list: the user and the name of the municipality a mayor acts for. */
    record Item(UserRow user, MunicipalityName municipality) {}

    private final transient UserService users;
    private final transient MunicipalityService municipalities;
    private final TextField search = new TextField();
    private final Grid<Item> grid = new Grid<>();

    UserAdminView(UserService users, MunicipalityService municipalities) {
        this.users = users;
        this.municipalities = municipalities;
        addClassName("imc-view");
        setSizeFull();

        search.setLabel(getTranslation("admin.users.search"));
        search.setPlaceholder(getTranslation("admin.users.search.placeholder"));
        search.setPrefixComponent(new Icon("vaadin:search"));
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("admin.users.new"), new Icon("vaadin:plus"), e -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div filters = new Div(search, create);
        filters.addClassName("imc-filters");

        configureGrid();
        add(new H1(getTranslation("admin.users.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        Grid.Column<Item> username = grid.addColumn(i -> i.user().username())
                .setHeader(getTranslation("admin.users.username"))
                .setKey("username")
                .setSortProperty("username")
                .setWidth("9rem")
                .setFlexGrow(0)
                .setResizable(true);
        grid.addColumn(i -> i.user().fullName())
                .setHeader(getTranslation("admin.users.full-name"))
                .setKey("fullName")
                .setSortProperty("fullName")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(i -> i.user().email())
                .setHeader(getTranslation("admin.users.email"))
                .setKey("email")
                .setSortProperty("email")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setResizable(true);
        grid.addColumn(i -> roleLabels(i.user()))
                .setHeader(getTranslation("admin.users.roles"))
                .setKey("roles")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(i -> i.municipality() == null ? "" : i.municipality().name())
                .setHeader(getTranslation("admin.users.municipality"))
                .setKey("municipality")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(i -> yesNo(i.user().enabled()))
                .setHeader(getTranslation("admin.users.enabled"))
                .setKey("enabled")
                .setSortProperty("enabled")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(i -> yesNo(i.user().locked()))
                .setHeader(getTranslation("admin.users.locked"))
                .setKey("locked")
                .setWidth("6rem")
                .setFlexGrow(0);
        // on narrow screens the list scrolls sideways; the actions stay in view
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.users.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        // on a phone: a card per user (user name, name, roles, enabled and locked, the buttons)
        PhoneColumns.cards(
                grid,
                getTranslation("admin.users.title"),
                i -> List.of(
                        i.user().username(),
                        i.user().fullName(),
                        PhoneColumns.labelled(getTranslation("admin.users.roles"), roleLabels(i.user())),
                        i.municipality() == null
                                ? ""
                                : PhoneColumns.labelled(
                                        getTranslation("admin.users.municipality"),
                                        i.municipality().name()),
                        PhoneColumns.labelled(
                                getTranslation("admin.users.enabled"),
                                yesNo(i.user().enabled())),
                        PhoneColumns.labelled(
                                getTranslation("admin.users.locked"),
                                yesNo(i.user().locked())),
                        actions(i)));
        grid.setEmptyStateText(getTranslation("admin.users.none"));

        // rows are identified by id, so a changed user replaces its old row
        grid.setItems(new CallbackDataProvider<Item, Void>(
                query -> fetch(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) users.count(search.getValue()),
                i -> i.user().id()));
        grid.sort(List.of(new GridSortOrder<>(username, SortDirection.ASCENDING)));
    }

    /** One page of users plus the names of their municipalities, looked up in one call. */
    private List<Item> fetch(PageRequest request) {
        // users with equal names or states keep a fixed order from page to page
        List<UserRow> page =
                users.rows(search.getValue(), request.withSort(request.getSort().and(Sort.by("id"))));
        Map<Long, MunicipalityName> names = municipalities.names(page.stream()
                .map(UserRow::municipalityId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream()
                .map(u -> new Item(u, u.municipalityId() == null ? null : names.get(u.municipalityId())))
                .toList();
    }

    private Div actions(Item item) {
        UserRow user = item.user();
        Button edit = new Button(getTranslation("admin.users.edit"), e -> openDialog(user.id()));
        edit.setAriaLabel(getTranslation("admin.users.edit.aria", user.username()));

        Button toggle = new Button(
                getTranslation(user.enabled() ? "admin.users.disable" : "admin.users.enable"),
                e -> confirmEnabled(user));
        toggle.setAriaLabel(getTranslation(
                user.enabled() ? "admin.users.disable.aria" : "admin.users.enable.aria", user.username()));

        Button reinvite = new Button(getTranslation("admin.users.reinvite"), e -> reinvite(user));
        reinvite.setAriaLabel(getTranslation("admin.users.reinvite.aria", user.username()));
        reinvite.setVisible(!user.enabled());

        Button unlock = new Button(getTranslation("admin.users.unlock"), e -> unlock(user));
        unlock.setAriaLabel(getTranslation("admin.users.unlock.aria", user.username()));
        unlock.setEnabled(user.locked());

        Button resetTwoStep =
                new Button(getTranslation("admin.users.reset-second-factor"), e -> confirmResetSecondFactor(user));
        resetTwoStep.setAriaLabel(getTranslation("admin.users.reset-second-factor.aria", user.username()));
        resetTwoStep.setEnabled(user.twoStep());

        for (Button b : List.of(edit, toggle, reinvite, unlock, resetTwoStep)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new Div(edit, toggle, reinvite, unlock, resetTwoStep);
    }

    private void openDialog(Long userId) {
        UserDialog dialog = userId == null
                ? UserDialog.forNewUser(users, municipalities, this::refresh)
                : UserDialog.forUser(users, municipalities, users.get(userId), this::refresh);
        dialog.open();
    }

    private void confirmEnabled(UserRow user) {
        boolean enable = !user.enabled();
        String action = enable ? "enable" : "disable";
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.users." + action + ".title", user.username()));
        confirm.setText(getTranslation("admin.users." + action + ".text", user.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.users." + action));
        if (!enable) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            if (UserMessages.attempt(() -> users.setEnabled(user.id(), enable))) {
                UserMessages.showSuccess("admin.users." + action + ".done", user.username());
                refresh();
            }
        });
        confirm.open();
    }

    private void reinvite(UserRow user) {
        if (UserMessages.attempt(() -> users.reinvite(user.id()))) {
            UserMessages.showSuccess("admin.users.reinvited", user.username());
        }
    }

    private void confirmResetSecondFactor(UserRow user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.users.reset-second-factor.title", user.username()));
        confirm.setText(getTranslation("admin.users.reset-second-factor.text", user.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.users.reset-second-factor"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (UserMessages.attempt(() -> users.resetSecondFactor(user.id()))) {
                UserMessages.showSuccess("admin.users.reset-second-factor.done", user.username());
                refresh();
            }
        });
        confirm.open();
    }

    private void unlock(UserRow user) {
        if (UserMessages.attempt(() -> users.unlock(user.id()))) {
            UserMessages.showSuccess("admin.users.unlock.done", user.username());
            refresh();
        }
    }

    private String roleLabels(UserRow user) {
        return user.roles().stream().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "admin.yes" : "admin.no");
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · IMC";
    }
}
