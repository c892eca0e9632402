package org.imc.platform.fund.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.fund.Loan;
import org.imc.platform.fund.LoanAction;
import org.imc.platform.fund.LoanService;
import org.imc.platform.fund.LoanTotals;

/**
 * The actions the signed-in user may take on a loan now, as the service allows them
 * ({@link LoanService#canMoveMoney}, {@link LoanService#allowedActions}): disbursing and repaying,
 * and proposing, confirming or withdrawing a write-off, one card each. It holds no rule of its own.
 */
class LoanActionsPanel extends HorizontalLayout {

    final BigDecimalField trancheAmount = new BigDecimalField();
    Button disburse;
    final BigDecimalField paymentAmount = new BigDecimalField();
    final DatePicker paymentDate = ComponentTexts.datePicker(new DatePicker());
    Button repay;
    final TextArea writeOffReason = new TextArea();
    Button proposeWriteOff;
    Button writeOff;
    Button withdrawWriteOff;

    private final transient LoanService service;
    private final transient MoneyFormat money;
    private final transient Runnable changed;

    /** {@code changed} runs after a successful action: the view shows the loan as it now is. */
    LoanActionsPanel(
            LoanService service, Loan loan, LoanTotals totals, MoneyFormat money, Clock clock, Runnable changed) {
        this.service = service;
        this.money = money;
        this.changed = changed;
        setWidthFull();
        setWrap(true);
        trancheAmount.setLabel(getTranslation("fund.loan.tranche"));
        money.field(trancheAmount);
        money.field(paymentAmount);
        paymentAmount.setLabel(getTranslation("fund.loan.payment"));
        paymentDate.setLabel(getTranslation("fund.loan.payment-date"));
        writeOffReason.setLabel(getTranslation("fund.loan.write-off-reason"));
        writeOffReason.setMaxLength(2000);
        writeOffReason.setWidthFull();
        if (service.canMoveMoney(loan)) {
            BigDecimal undisbursed = loan.getPrincipal().subtract(totals.disbursed());
            trancheAmount.setValue(undisbursed);
            disburse = new Button(
                    getTranslation("fund.loan.disburse"),
                    e -> act(
                            () -> service.disburse(loan.getId(), trancheAmount.getValue()),
                            "fund.loan.disbursed-done"));
            disburse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            disburse.setEnabled(undisbursed.signum() > 0);
            paymentAmount.clear();
            paymentDate.setValue(LocalDate.now(clock));
            paymentDate.setMax(LocalDate.now(clock));
            repay = new Button(
                    getTranslation("fund.loan.repay"),
                    e -> act(
                            () -> service.repay(loan.getId(), paymentAmount.getValue(), paymentDate.getValue()),
                            "fund.loan.repaid-done"));
            repay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(
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
                            () -> service.proposeWriteOff(loan.getId(), loan.getVersion(), writeOffReason.getValue()),
                            "fund.loan.write-off-proposed-done"));
            proposeWriteOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Paragraph help = new Paragraph(getTranslation("fund.loan.propose-write-off-help"));
            help.addClassName("imc-muted");
            add(card("fund.loan.write-off-title", help, writeOffReason, proposeWriteOff));
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
                                () -> service.withdrawWriteOff(loan.getId(), loan.getVersion()),
                                "fund.loan.write-off-withdrawn-done"));
                box.add(withdrawWriteOff);
            }
            add(box);
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
                c -> act(() -> service.writeOff(loan.getId(), loan.getVersion()), "fund.loan.written-off-done"));
        confirm.open();
    }

    /** Runs an officer's action; on success confirms it and shows the loan as it now is. */
    private void act(Runnable action, String successKey) {
        if (UserMessages.attempt(action)) {
            UserMessages.showSuccess(successKey);
            changed.run();
        }
    }

    private Div card(String titleKey, Component... content) {
        Div box = new Div(new H2(getTranslation(titleKey)));
        box.add(content);
        box.addClassName("imc-card");
        box.addClassName("imc-action");
        return box;
    }
}
