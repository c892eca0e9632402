package org.imc.platform.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.Affiliate;
import org.imc.platform.directory.AffiliateService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;

/**
 * Affiliate organisations of the network; liaisons and admins add and edit them.
 */
@Route("affiliates")
@Menu(order = 20, icon = "vaadin:handshake", title = "nav.affiliates")
@PermitAll
class AffiliateListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<Affiliate> grid = new Grid<>(Affiliate.class, false);
    Button add;
    private final transient AffiliateService service;
    private final transient UserService users;
    private final boolean maintainer;
    private transient Map<Long, String> liaisonNames = Map.of();

    AffiliateListView(AffiliateService service, UserService users, CurrentUser currentUser) {
        this.service = service;
        this.users = users;
        this.maintainer = currentUser.hasRole(Role.LIAISON) || currentUser.hasRole(Role.ADMIN);
        addClassName("imc-view");
        setSizeFull();
        if (maintainer) {
            liaisonNames = users.withRole(Role.LIAISON).stream()
                    .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        }

        search.setLabel(getTranslation("affiliate.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(search);
        filters.addClassName("imc-filters");
        if (maintainer) {
            add = new Button(getTranslation("affiliate.add"), new Icon("vaadin:plus"), e -> openEditor(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(add);
        }

        grid.addColumn(GridCells.<Affiliate>link(a -> "affiliates/" + a.getId(), Affiliate::getName))
                .setHeader(getTranslation("affiliate.column.name"))
                .setSortProperty("name")
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(Affiliate::getAcronym)
                .setHeader(getTranslation("affiliate.column.acronym"))
                .setSortProperty("acronym")
                .setKey("acronym");
        grid.addColumn(Affiliate::getCountry)
                .setHeader(getTranslation("affiliate.column.country"))
                .setSortProperty("country")
                .setKey("country");
        grid.addColumn(a -> getTranslation(a.getRelationshipType().labelKey()))
                .setHeader(getTranslation("affiliate.column.relationship"))
                .setSortProperty("relationshipType");
        grid.addColumn(a -> period(a))
                .setHeader(getTranslation("affiliate.column.agreement"))
                .setSortProperty("agreementEnd");
        if (maintainer) {
            grid.addColumn(a -> a.getLiaisonUserId() == null
                            ? ""
                            : liaisonNames.getOrDefault(a.getLiaisonUserId(), "#" + a.getLiaisonUserId()))
                    .setHeader(getTranslation("affiliate.column.liaison"));
            grid.addComponentColumn(a -> {
                        Button edit = new Button(getTranslation("action.edit"), e -> openEditor(a));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        edit.setAriaLabel(getTranslation("affiliate.edit-named", a.getName()));
                        return edit;
                    })
                    .setHeader(getTranslation("action.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("affiliate.title"));
        grid.setItems(
                q -> service.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count(search.getValue()));
        // on a phone: name, country and (for liaisons) the actions
        PhoneColumns.keep(grid, 0, 2, 6);
        grid.setSizeFull();
        add(new H1(getTranslation("affiliate.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private String period(Affiliate a) {
        if (a.getAgreementStart() == null && a.getAgreementEnd() == null) {
            return "";
        }
        return Formats.date(a.getAgreementStart()) + " – " + Formats.date(a.getAgreementEnd());
    }

    void openEditor(Affiliate affiliate) {
        List<UserSummary> liaisons = users.withRole(Role.LIAISON);
        new AffiliateForm(
                        service,
                        affiliate,
                        liaisons,
                        saved -> grid.getDataProvider().refreshAll())
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("affiliate.title") + " · IMC";
    }

    static Map<Long, UserSummary> byId(List<UserSummary> users) {
        return users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }
}
