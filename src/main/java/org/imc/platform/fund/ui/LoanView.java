package org.imc.platform.fund.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.Instalment;
import org.imc.platform.fund.LedgerEntry;
import org.imc.platform.fund.Loan;
import org.imc.platform.fund.LoanAction;
import org.imc.platform.fund.LoanService;
import org.imc.platform.fund.LoanTotals;
import org.imc.platform.security.Roles;

/**
 * One loan: its terms and figures, the amortisation schedule, the ledger entries, and the
 * disbursement, repayment and write-off actions the service allows the signed-in user.
 */
@Route("fund/loans/:id")
@RolesAllowed({Roles.MAYOR, Roles.FUND_OFFICER})
class LoanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final BigDecimalField trancheAmount = new BigDecimalField();
    Button disburse;
    final BigDecimalField paymentAmount = new BigDecimalField();
    final DatePicker paymentDate = ComponentTexts.datePicker(new DatePicker());
    Button repay;
    final TextArea writeOffReason = new TextArea();
    Button proposeWriteOff;
    Button writeOff;
    Button withdrawWriteOff;
    Grid<Instalment> schedule;
    Grid<LedgerEntry> entries;

    private final transient LoanService service;
    private final transient MunicipalityService municipalities;
    private final transient Clock clock;
    private Long loanId;
    private String pageTitle = "";

    private final transient MoneyFormat money;

    LoanView(LoanService service, MunicipalityService municipalities, Clock clock, MoneyFormat money) {
        this.money = money;
        this.service = service;
        this.municipalities = municipalities;
        this.clock = clock;
        addClassName("imc-view");
        setWidthFull();
        trancheAmount.setLabel(getTranslation("fund.loan.tranche"));
        money.field(trancheAmount);
        money.field(paymentAmount);
        paymentAmount.setLabel(getTranslation("fund.loan.payment"));
        paymentDate.setLabel(getTranslation("fund.loan.payment-date"));
        writeOffReason.setLabel(getTranslation("fund.loan.write-off-reason"));
        writeOffReason.setMaxLength(2000);
        writeOffReason.setWidthFull();
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
        disburse = repay = proposeWriteOff = writeOff = withdrawWriteOff = null;
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

        officerActions(loan, totals);

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
        entries.setItems(service.entries(loanId));
        entries.setAllRowsVisible(true);
        entries.setAriaLabel(getTranslation("fund.loan.ledger"));
        add(entries);
    }

    /** The cards the service allows the signed-in user: money movements and status changes. */
    private void officerActions(Loan loan, LoanTotals totals) {
        HorizontalLayout row = new HorizontalLayout();
        if (service.canMoveMoney(loan)) {
            BigDecimal undisbursed = loan.getPrincipal().subtract(totals.disbursed());
            trancheAmount.setValue(undisbursed);
            disburse = new Button(
                    getTranslation("fund.loan.disburse"),
                    e -> act(() -> service.disburse(loanId, trancheAmount.getValue()), "fund.loan.disbursed-done"));
            disburse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            disburse.setEnabled(undisbursed.signum() > 0);
            paymentAmount.clear();
            paymentDate.setValue(LocalDate.now(clock));
            paymentDate.setMax(LocalDate.now(clock));
            repay = new Button(
                    getTranslation("fund.loan.repay"),
                    e -> act(
                            () -> service.repay(loanId, paymentAmount.getValue(), paymentDate.getValue()),
                            "fund.loan.repaid-done"));
            repay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(
                    card("fund.loan.disburse-title", trancheAmount, disburse),
                    card(
                            "fund.loan.repay-title",
                            new Paragraph(getTranslation("fund.loan.allocation")),
                            paymentAmount,
                            paymentDate,
                            repay));
        }
        Set<LoanAction> allowed = service.allowedActions(loan);
        if (allowed.contains(LoanAction.PROPOSE_WRITE_OFF)) {
            writeOffReason.clear();
            proposeWriteOff = new Button(
                    getTranslation("fund.loan.propose-write-off"),
                    e -> act(
                            () -> service.proposeWriteOff(loanId, loan.getVersion(), writeOffReason.getValue()),
                            "fund.loan.write-off-proposed-done"));
            proposeWriteOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Paragraph help = new Paragraph(getTranslation("fund.loan.propose-write-off-help"));
            help.addClassName("imc-muted");
            row.add(card("fund.loan.write-off-title", help, writeOffReason, proposeWriteOff));
        }
        if (allowed.contains(LoanAction.WRITE_OFF) || allowed.contains(LoanAction.WITHDRAW_WRITE_OFF)) {
            Paragraph proposal = new Paragraph(getTranslation(
                    "fund.loan.write-off-proposed-text",
                    Formats.date(loan.getWriteOffProposedOn()),
                    loan.getWriteOffReason()));
            proposal.setId("write-off-proposal");
            Div box = card("fund.loan.write-off-proposed", proposal);
            if (allowed.contains(LoanAction.WRITE_OFF)) {
                writeOff =
                        new Button(getTranslation("fund.loan.confirm-write-off"), e -> confirmWriteOff(loan, totals));
                writeOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
                box.add(writeOff);
            }
            if (allowed.contains(LoanAction.WITHDRAW_WRITE_OFF)) {
                withdrawWriteOff = new Button(
                        getTranslation("fund.loan.withdraw-write-off"),
                        e -> act(
                                () -> service.withdrawWriteOff(loanId, loan.getVersion()),
                                "fund.loan.write-off-withdrawn-done"));
                box.add(withdrawWriteOff);
            }
            row.add(box);
        }
        if (row.getComponentCount() > 0) {
            row.setWidthFull();
            row.setWrap(true);
            add(row);
        }
    }

    private void confirmWriteOff(Loan loan, LoanTotals totals) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("fund.loan.write-off-title"));
        confirm.setText(getTranslation("fund.loan.write-off-text", money.format(totals.outstanding())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("fund.loan.confirm-write-off"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(
                c -> act(() -> service.writeOff(loanId, loan.getVersion()), "fund.loan.written-off-done"));
        confirm.open();
    }

    /** Runs an officer's action; on success confirms it and shows the loan as it now is. */
    private void act(Runnable action, String successKey) {
        if (UserMessages.attempt(action)) {
            UserMessages.showSuccess(successKey);
            show();
        }
    }

    private Div card(String titleKey, Component... content) {
        Div box = new Div(new H2(getTranslation(titleKey)));
        box.add(content);
        box.addClassName("imc-card");
        box.addClassName("imc-action");
        return box;
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
