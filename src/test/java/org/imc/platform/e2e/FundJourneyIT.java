package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The revolving fund end to end: a mayor applies, one officer reviews and recommends, a second
 * officer approves, the first disburses and records a repayment, and the portfolio follows.
 */
class FundJourneyIT extends BrowserJourneyBase {

    private static final String TITLE = "Journey water kiosks";

    @Test
    void applicationFromDraftToRepaidLoan() throws Exception {
        // the mayor drafts, attaches a document and submits
        signInAs("mayor");
        navItem("Fund applications").click();
        assertThat(page.locator("h1")).hasText("Fund applications");
        button("New application").click();
        field("Project title").fill(TITLE);
        field("Sub-programme").fill("Drinking water");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Drinking water"))
                .click();
        field("Description").fill("Twenty water kiosks with prepaid meters.");
        field("Amount requested").fill("25000");
        field("Term (months)").fill("12");
        field("Grace period (months)").fill("0");
        field("Co-financing").fill("5000");
        field("Beneficiaries").fill("12000");
        button("Save draft").click();
        assertThat(page.locator("h1")).hasText(TITLE);
        page.waitForURL(java.util.regex.Pattern.compile(".*/fund/applications/\\d+$"));
        String applicationUrl = page.url();

        Path pdf = Files.createTempFile("estimate", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", StandardCharsets.US_ASCII);
        page.locator("vaadin-upload input[type=file]").setInputFiles(pdf);
        assertThat(page.locator(
                        "vaadin-grid-cell-content a",
                        new Page.LocatorOptions().setHasText(pdf.getFileName().toString())))
                .isVisible();

        button("Submit to the fund").click();
        assertThat(status()).hasText("Submitted");
        signOut();

        // an officer takes it and asks a question
        signInAs("officer");
        page.navigate(applicationUrl);
        button("Take for review").click();
        assertThat(status()).hasText("Under review");
        field("Question to the municipality").fill("Who maintains the kiosks?");
        button("Request information").click();
        assertThat(status()).hasText("Information requested");
        signOut();

        // the mayor answers and resubmits
        signInAs("mayor");
        page.navigate(applicationUrl);
        assertThat(page.getByText("Who maintains the kiosks?")).isVisible();
        field("Your answer").fill("The water utility, paid from the meter revenue.");
        button("Send answer and resubmit").click();
        assertThat(status()).hasText("Under review");
        signOut();

        // the officer scores and recommends
        signInAs("officer");
        page.navigate(applicationUrl);
        field("Public-health impact").fill("5");
        field("Beneficiaries (score)").fill("4");
        field("Financial capacity").fill("3");
        field("Readiness").fill("4");
        field("Recommendation note").fill("Good value for public health.");
        button("Recommend for approval").click();
        assertThat(status()).hasText("Recommended");
        assertThat(button("Approve and create the loan")).hasCount(0);
        signOut();

        // a second officer approves
        signInAs("officer2");
        BigDecimal committedBefore = portfolioFigure("figure-committed");
        BigDecimal outstandingBefore = portfolioFigure("figure-outstanding");
        BigDecimal repaidBefore = portfolioFigure("figure-repaid");
        page.navigate(applicationUrl);
        field("Annual interest rate (%)").fill("6");
        button("Approve and create the loan").click();
        assertThat(page.locator("#loan-status")).hasText("Active");
        page.waitForURL(java.util.regex.Pattern.compile(".*/fund/loans/\\d+$"));
        String loanUrl = page.url();
        assertThat(portfolioFigure("figure-committed"))
                .isEqualByComparingTo(committedBefore.add(new BigDecimal("25000.00")));
        signOut();

        // the first officer disburses and records a repayment
        signInAs("officer");
        page.navigate(loanUrl);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("8.65"))
                        .first())
                .isHidden();
        button("Disburse").click();
        assertThat(page.locator("#fact-disbursed")).hasText("US$25,000.00");
        field("Amount received").fill("1000");
        button("Record repayment").click();
        assertThat(page.locator("#fact-repaid")).hasText("US$1,000.00");
        assertThat(page.locator("#fact-outstanding")).hasText("US$24,000.00");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Principal repayment"))
                        .first())
                .isVisible();

        assertThat(portfolioFigure("figure-committed")).isEqualByComparingTo(committedBefore);
        assertThat(portfolioFigure("figure-outstanding"))
                .isEqualByComparingTo(outstandingBefore.add(new BigDecimal("24000.00")));
        assertThat(portfolioFigure("figure-repaid")).isEqualByComparingTo(repaidBefore.add(new BigDecimal("1000.00")));
        assertThat(page.locator("img.imc-chart").first()).isVisible();
    }

    private Locator status() {
        return page.locator("#application-status");
    }

    private void signOut() {
        button("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private BigDecimal portfolioFigure(String id) {
        page.navigate(url("fund/portfolio"));
        Locator figure = page.locator("#" + id);
        assertThat(figure).isVisible();
        // amounts carry the fund's currency (US$ in en-GB): keep the digits and the decimal point
        return new BigDecimal(figure.textContent().replaceAll("[^0-9.\\-]", ""));
    }
}
