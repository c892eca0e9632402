package org.imc.platform.fund.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.Instalment;
import org.imc.platform.fund.LedgerEntry;
import org.imc.platform.fund.Loan;
import org.imc.platform.fund.LoanService;
import org.imc.platform.fund.LoanTotals;
import org.imc.platform.security.Roles;

/**
 * One loan: its terms and figures, the amortisation schedule, the ledger entries, and the
 * disbursement, repayment and write-off actions the service allows the signed-in user
 * ({@link LoanActionsPanel}).
 */
@Route("fund/loans/:id")
@RolesAllowed({Roles.MAYOR, Roles.FUND_OFFICER})
class LoanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    Grid<Instalment> schedule;
    Grid<LedgerEntry> entries;

    private final transient LoanService service;
    private final transient MunicipalityService municipalities;
    private final transient Clock clock;
    private Long loanId;
    private LoanActionsPanel actions;
    private String pageTitle = "";

    private final transient MoneyFormat money;

    LoanView(LoanService service, MunicipalityService municipalities, Clock clock, MoneyFormat money) {
        this.money = money;
        this.service = service;
        this.municipalities = municipalities;
        this.clock = clock;
        addClassName("imc-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            loanId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | RecordNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void show() {
        removeAll();
        Loan loan = service.get(loanId);
        LoanTotals totals = service.totals(loanId);
        String title = service.title(loan);
        pageTitle = getTranslation("fund.loan.number", loan.getId()) + " " + title;
        Span status = new Span(getTranslation(loan.getStatus().labelKey()));
        status.addClassName("imc-tag");
        status.setId("loan-status");
        Paragraph where =
                new Paragraph(municipalities.get(loan.getMunicipalityId()).getName() + " · "
                        + getTranslation(loan.getSubProgramme().labelKey()));
        where.addClassName("imc-muted");
        add(new Anchor("fund/loans", getTranslation("fund.loans.back")), new H1(pageTitle), status, where);
        if (loan.isWriteOffProposed()) {
            Span proposed = new Span(getTranslation("fund.loan.write-off-proposed"));
            proposed.addClassName("imc-tag");
            proposed.setId("loan-write-off-proposed");
            add(proposed);
        }

        Div facts = new Div();
        facts.addClassName("imc-card-grid");
        facts.add(
                fact("fund.loan.principal", money.format(loan.getPrincipal()), "fact-principal"),
                fact(
                        "fund.loan.terms",
                        getTranslation(
                                "fund.loan.terms-value",
                                MoneyFormat.percent(loan.getAnnualRate()),
                                loan.getTermMonths(),
                                loan.getGraceMonths()),
                        "fact-terms"),
                fact("fund.loan.disbursed", money.format(totals.disbursed()), "fact-disbursed"),
                fact("fund.loan.repaid", money.format(totals.principalRepaid()), "fact-repaid"),
                fact("fund.loan.interest-paid", money.format(totals.interestPaid()), "fact-interest"),
                fact("fund.loan.outstanding", money.format(totals.outstanding()), "fact-outstanding"),
                fact(
                        "fund.loan.days-past-due",
                        loan.getDelinquencyAsOf() == null
                                ? getTranslation("fund.loan.days-past-due-not-yet")
                                : getTranslation(
                                        "fund.loan.days-past-due-value",
                                        loan.getDaysPastDue(),
                                        getTranslation(loan.getBucket().labelKey()),
                                        Formats.date(loan.getDelinquencyAsOf())),
                        "fact-dpd"));
        if (loan.getStatus().movesMoney()) {
            facts.add(fact(
                    "fund.loan.interest-due",
                    money.format(service.interestDue(loanId, LocalDate.now(clock))),
                    "fact-interest-due"));
        }
        add(facts);

        actions = new LoanActionsPanel(service, loan, totals, money, clock, this::show);
        if (actions.getComponentCount() > 0) {
            add(actions);
        }

        add(new H2(getTranslation("fund.loan.schedule")));
        Paragraph rule = new Paragraph(getTranslation("fund.loan.rounding-rule"));
        rule.addClassName("imc-muted");
        schedule = new Grid<>(Instalment.class, false);
        schedule.addColumn(Instalment::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        schedule.addColumn(i -> Formats.date(i.dueDate()))
                .setHeader(getTranslation("fund.schedule.due"))
                .setAutoWidth(true);
        schedule.addColumn(i -> money.format(i.amount()))
                .setHeader(getTranslation("fund.schedule.amount"))
                .setTextAlign(ColumnTextAlign.END);
        schedule.addColumn(i -> money.format(i.principal()))
                .setHeader(getTranslation("fund.schedule.principal"))
                .setTextAlign(ColumnTextAlign.END);
        schedule.addColumn(i -> money.format(i.interest()))
                .setHeader(getTranslation("fund.schedule.interest"))
                .setTextAlign(ColumnTextAlign.END);
        schedule.addColumn(i -> money.format(i.balanceAfter()))
                .setHeader(getTranslation("fund.schedule.balance"))
                .setTextAlign(ColumnTextAlign.END);
        // on a phone: number, due date and amount
        PhoneColumns.keep(schedule, 0, 1, 2);
        schedule.setItems(service.schedule(loanId));
        schedule.setAriaLabel(getTranslation("fund.loan.schedule"));
        schedule.setHeight("24rem");
        add(rule, schedule);

        add(new H2(getTranslation("fund.loan.ledger")));
        entries = new Grid<>(LedgerEntry.class, false);
        entries.addColumn(e -> Formats.date(e.valueDate()))
                .setHeader(getTranslation("fund.ledger.date"))
                .setAutoWidth(true);
        entries.addColumn(e -> getTranslation(e.type().labelKey()))
                .setHeader(getTranslation("fund.ledger.type"))
                .setAutoWidth(true);
        entries.addColumn(e -> money.format(e.amount()))
                .setHeader(getTranslation("fund.ledger.amount"))
                .setTextAlign(ColumnTextAlign.END);
        entries.addColumn(e -> e.recordedBy() == null ? "" : e.recordedBy())
                .setHeader(getTranslation("fund.ledger.by"));
        entries.addColumn(e -> e.note() == null ? "" : e.note())
                .setHeader(getTranslation("fund.ledger.note"))
                .setFlexGrow(2);
        // on a phone: a card per entry (type and date, amount, note)
        PhoneColumns.cards(
                entries,
                getTranslation("fund.loan.ledger"),
                e -> List.of(
                        getTranslation(e.type().labelKey()) + " · " + Formats.date(e.valueDate()),
                        money.format(e.amount()),
                        e.note() == null ? "" : e.note()));
        entries.setItems(service.entries(loanId));
        entries.setAllRowsVisible(true);
        entries.setAriaLabel(getTranslation("fund.loan.ledger"));
        add(entries);
    }

    /** The actions on the loan shown, as the service allows them to the signed-in user. */
    LoanActionsPanel actions() {
        return actions;
    }

    private Div fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("imc-card-caption");
        Span figure = new Span(value);
        figure.addClassName("imc-fact-value");
        figure.setId(id);
        Div box = new Div(label, figure);
        box.addClassName("imc-card");
        box.addClassName("imc-card-metric");
        return box;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · IMC";
    }
}
