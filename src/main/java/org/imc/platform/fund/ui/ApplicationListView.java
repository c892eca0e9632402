package org.imc.platform.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.ShownRows;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.ApplicationLists;
import org.imc.platform.fund.ApplicationStatus;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Loan applications: a mayor sees their municipality's, fund officers see all. Newest first.
 */
@Route("fund/applications")
@Menu(order = 60, icon = "vaadin:file-text-o", title = "nav.fund.applications")
@RolesAllowed({Roles.MAYOR, Roles.FUND_OFFICER})
class ApplicationListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<ApplicationStatus> status = new ComboBox<>();
    final Grid<FundApplication> grid = new Grid<>(FundApplication.class, false);
    /** The first page as last drawn: rows and versions. */
    private final ShownRows<FundApplication> shown = new ShownRows<>(a -> a.getId() + ":" + a.getVersion());

    Button create;
    private final transient ApplicationLists service;
    private final transient MunicipalityService municipalities;

    private final transient MoneyFormat money;

    ApplicationListView(
            ApplicationLists service,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            MoneyFormat money,
            LiveUpdates live) {
        this.money = money;
        this.service = service;
        this.municipalities = municipalities;
        addClassName("imc-view");
        setSizeFull();

        status.setLabel(getTranslation("fund.column.status"));
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div bar = new Div(status);
        bar.addClassName("imc-filters");
        if (currentUser.hasRole(Role.MAYOR)) {
            create = new Button(
                    getTranslation("fund.application.new"),
                    new Icon("vaadin:plus"),
                    e -> getUI().ifPresent(ui -> ui.navigate("fund/applications/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }

        grid.addColumn(GridCells.<FundApplication>link(
                        a -> "fund/applications/" + a.getId(), FundApplication::getTitle))
                .setHeader(getTranslation("fund.column.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> municipalityLabel(a.getMunicipalityId()))
                .setHeader(getTranslation("fund.column.municipality"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.getSubProgramme().labelKey()))
                .setHeader(getTranslation("fund.column.sub-programme"))
                .setFlexGrow(2);
        grid.addColumn(a -> money.format(a.getAmount()))
                .setHeader(getTranslation("fund.column.amount"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.getStatus().labelKey()))
                .setHeader(getTranslation("fund.column.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.getPriorityScore() == null ? "" : Formats.decimal(a.getPriorityScore()))
                .setHeader(getTranslation("fund.column.score"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getUpdatedAt()))
                .setHeader(getTranslation("fund.column.updated"))
                .setAutoWidth(true);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("fund.applications.title"));
        grid.setItems(q -> shown.fetched(q, page(q.getPage(), q.getPageSize())).stream(), q ->
                (int) service.count(status.getValue()));
        // on a phone: project and status
        PhoneColumns.keep(grid, 0, 4);
        grid.setSizeFull();
        add(new H1(getTranslation("fund.applications.title")), bar, grid);
        setFlexGrow(1, grid);
        // rows change in place when an application is submitted, taken or decided elsewhere
        live.follow(this, () -> shown.refreshIfChanged(grid, size -> firstRows(size)), service.topic());
    }

    private Map<Long, MunicipalityName> names = Map.of();
    private static final Sort ORDER = Sort.by(Sort.Direction.DESC, "updatedAt", "id");

    private List<FundApplication> firstRows(int size) {
        return service.list(status.getValue(), PageRequest.of(0, size, ORDER));
    }

    private List<FundApplication> page(int page, int size) {
        List<FundApplication> rows = service.list(status.getValue(), PageRequest.of(page, size, ORDER));
        names = municipalities.names(
                rows.stream().map(FundApplication::getMunicipalityId).distinct().toList());
        return rows;
    }

    private String municipalityLabel(Long id) {
        MunicipalityName name = names.get(id);
        return name == null ? "" : name.label();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fund.applications.title") + " · IMC";
    }
}
