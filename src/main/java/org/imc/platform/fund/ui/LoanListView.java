package org.imc.platform.fund.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.Loan;
import org.imc.platform.fund.LoanService;
import org.imc.platform.fund.LoanStatus;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Loans of the fund (a mayor: their municipality's), most days past due first.
 */
@Route("fund/loans")
@Menu(order = 62, icon = "vaadin:money", title = "nav.fund.loans")
@RolesAllowed({Roles.MAYOR, Roles.FUND_OFFICER})
class LoanListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<LoanStatus> status = new ComboBox<>();
    final Grid<Loan> grid = new Grid<>(Loan.class, false);
    private final transient LoanService service;
    private final transient MunicipalityService municipalities;
    private Map<Long, MunicipalityName> names = Map.of();

    private final transient MoneyFormat money;

    LoanListView(LoanService service, MunicipalityService municipalities, MoneyFormat money) {
        this.money = money;
        this.service = service;
        this.municipalities = municipalities;
        addClassName("imc-view");
        setSizeFull();
        status.setLabel(getTranslation("fund.column.status"));
        status.setItems(LoanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div bar = new Div(status);
        bar.addClassName("imc-filters");

        grid.addComponentColumn(
                        l -> new Anchor("fund/loans/" + l.getId(), getTranslation("fund.loan.number", l.getId())))
                .setHeader(getTranslation("fund.column.loan"))
                .setAutoWidth(true);
        grid.addColumn(l -> {
                    MunicipalityName n = names.get(l.getMunicipalityId());
                    return n == null ? "" : n.label();
                })
                .setHeader(getTranslation("fund.column.municipality"))
                .setFlexGrow(2);
        grid.addColumn(l -> getTranslation(l.getSubProgramme().labelKey()))
                .setHeader(getTranslation("fund.column.sub-programme"))
                .setFlexGrow(2);
        grid.addColumn(l -> money.format(l.getPrincipal()))
                .setHeader(getTranslation("fund.column.principal"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(l -> MoneyFormat.percent(l.getAnnualRate()))
                .setHeader(getTranslation("fund.column.rate"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.date(l.getStartDate()))
                .setHeader(getTranslation("fund.column.start"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.getStatus().labelKey()))
                .setHeader(getTranslation("fund.column.status"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.number(l.getDaysPastDue()))
                .setHeader(getTranslation("fund.column.days-past-due"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.getBucket().labelKey()))
                .setHeader(getTranslation("fund.column.bucket"))
                .setAutoWidth(true);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("fund.loans.title"));
        grid.setItems(q -> page(q.getPage(), q.getPageSize()).stream(), q -> (int) service.count(status.getValue()));
        // on a phone: loan and status
        PhoneColumns.keep(grid, 0, 6);
        grid.setSizeFull();
        add(new H1(getTranslation("fund.loans.title")), bar, grid);
        setFlexGrow(1, grid);
    }

    private List<Loan> page(int page, int size) {
        List<Loan> rows = service.list(
                status.getValue(),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("daysPastDue"), Sort.Order.desc("id"))));
        names = municipalities.names(
                rows.stream().map(Loan::getMunicipalityId).distinct().toList());
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fund.loans.title") + " · IMC";
    }
}
