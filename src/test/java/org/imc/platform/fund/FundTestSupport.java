package org.imc.platform.fund;

import java.math.BigDecimal;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Helpers for the fund's service tests. Everything a test creates has a title starting with
 * {@link #PREFIX} and is removed afterwards (with its loan, schedule, ledger entries and
 * notifications), so the demo figures other tests rely on stay as they were.
 */
abstract class FundTestSupport extends IntegrationTest {

    static final String PREFIX = "Test fund ";

    @Autowired
    FundApplicationService applications;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    ApplicationLists lists;

    @Autowired
    LoanService loans;

    @Autowired
    DelinquencyJob delinquency;

    @AfterEach
    void removeTestData() {
        String like = PREFIX + "%";
        jdbc.update(
                "DELETE e FROM fund_ledger_entry e JOIN loan l ON l.id = e.loan_id JOIN fund_application a ON a.id = l.application_id WHERE a.title LIKE ?",
                like);
        jdbc.update(
                "DELETE l FROM loan l JOIN fund_application a ON a.id = l.application_id WHERE a.title LIKE ?", like);
        jdbc.update("DELETE FROM fund_application WHERE title LIKE ?", like);
        jdbc.update("DELETE FROM fund_ledger_entry WHERE note LIKE ?", like);
        jdbc.update(
                "DELETE FROM notification WHERE message_key LIKE 'fund.notify.%' AND message_args LIKE ?", "%" + like);
    }

    static ApplicationDraft draft(String title, String amount, int term, int grace) {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(PREFIX + title);
        d.setSubProgramme(SubProgramme.DRINKING_WATER);
        d.setDescription("Boreholes and kiosks");
        d.setAmount(new BigDecimal(amount));
        d.setTermMonths(term);
        d.setGraceMonths(grace);
        d.setCoFinancing(new BigDecimal("1000.00"));
        d.setBeneficiaries(5000);
        return d;
    }

    static Rubric rubric() {
        return new Rubric(5, 4, 3, 4);
    }

    /** An application of {@code mayor} (Accra) taken to RECOMMENDED by {@code officer}. */
    FundApplication recommended(String title, String amount, int term, int grace) throws Exception {
        FundApplication created = callAs("mayor", () -> applications.createDraft(draft(title, amount, term, grace)));
        FundApplication taken = callAs(
                "mayor",
                () -> applications.perform(created.getId(), created.getVersion(), ApplicationAction.SUBMIT, null));
        FundApplication reviewed = callAs(
                "officer", () -> applications.perform(taken.getId(), taken.getVersion(), ApplicationAction.TAKE, null));
        return callAs(
                "officer", () -> applications.recommend(reviewed.getId(), reviewed.getVersion(), rubric(), "good"));
    }

    /** A loan approved by {@code officer2} at the given rate. */
    Loan approvedLoan(String title, String amount, String rate, int term, int grace) throws Exception {
        FundApplication a = recommended(title, amount, term, grace);
        return callAs("officer2", () -> applications.approve(a.getId(), a.getVersion(), new BigDecimal(rate), null));
    }

    /** Moves a loan's start and due dates {@code months} into the past, as if approved back then. */
    void backdate(Long loanId, int months) {
        jdbc.update("UPDATE loan SET start_date = start_date - INTERVAL ? MONTH WHERE id = ?", months, loanId);
        jdbc.update(
                "UPDATE loan_instalment SET due_date = due_date - INTERVAL ? MONTH WHERE loan_id = ?", months, loanId);
        jdbc.update(
                "UPDATE fund_ledger_entry SET value_date = value_date - INTERVAL ? MONTH WHERE loan_id = ?",
                months,
                loanId);
    }

    Capital capital() throws Exception {
        return callAs("officer", () -> loans.capital());
    }
}
