package org.imc.platform.fund.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.directory.ui.NetworkMap;
import org.imc.platform.fund.ApplicationAction;
import org.imc.platform.fund.ApplicationLists;
import org.imc.platform.fund.ApplicationStatus;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.fund.FundApplicationService;
import org.imc.platform.fund.LoanPlace;
import org.imc.platform.fund.PortfolioService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The application form and the review screens without a browser.
 */
@ViewTest
class FundViewsTest extends BrowserlessViewTest {

    private static final String TITLE = "View test fund application";

    @Autowired
    FundApplicationService applications;

    @Autowired
    ApplicationLists lists;

    @Autowired
    PortfolioService portfolio;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM notification WHERE message_args LIKE ?", "%" + TITLE + "%");
        jdbc.update("DELETE FROM fund_application WHERE title = ?", TITLE);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fund_application", Long.class);
    }

    private Long idOf(String title) {
        return jdbc.queryForObject("SELECT id FROM fund_application WHERE title = ?", Long.class, title);
    }

    private String lastNotification() {
        return $(Notification.class).all().stream()
                .reduce((a, b) -> b)
                .map(n -> test(n).getText())
                .orElse("");
    }

    @Test
    @WithUserDetails("mayor")
    void badInputIsShownNextToTheFieldsAndNothingIsSaved() {
        long before = count();
        ApplicationView view = navigate("fund/applications/new", ApplicationView.class);
        ApplicationForm form = view.form();
        test(form.title).setValue(TITLE);
        form.subProgramme.setValue(SubProgramme.SANITATION);
        test(form.description).setValue("Toilets");
        form.amount.setValue(new BigDecimal("-5"));
        test(form.term).setValue(0);
        test(form.grace).setValue(0);
        test(form.beneficiaries).setValue(100);
        test(view.save()).click();
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.amount.getErrorMessage()).contains("between 1,000.00 and 10,000,000.00");
        assertThat(form.term.isInvalid()).isTrue();
        assertThat(form.term.getErrorMessage()).contains("1 to 240 months");
        assertThat(count()).isEqualTo(before);

        form.amount.setValue(new BigDecimal("999999999999"));
        test(form.term).setValue(12);
        test(view.save()).click();
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);

        form.amount.setValue(new BigDecimal("25000.00"));
        test(view.save()).click();
        assertThat(count()).isEqualTo(before + 1);
        FundApplication saved = applications.get(idOf(TITLE));
        assertThat(saved.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(saved.getAmount()).isEqualByComparingTo("25000.00");
    }

    @Test
    @WithUserDetails("mayor")
    void theMayorSubmitsADraftAndCanNoLongerEditIt() {
        ApplicationView view = navigate("fund/applications/new", ApplicationView.class);
        ApplicationForm form = view.form();
        test(form.title).setValue(TITLE);
        form.subProgramme.setValue(SubProgramme.DRINKING_WATER);
        test(form.description).setValue("Kiosks");
        form.amount.setValue(new BigDecimal("5000"));
        test(form.term).setValue(12);
        test(form.beneficiaries).setValue(100);
        test(view.save()).click();
        Long id = idOf(TITLE);

        ApplicationView detail = navigate("fund/applications/" + id, ApplicationView.class);
        assertThat(detail.documents().upload).isNotNull();
        assertThat(detail.form().title.isReadOnly()).isFalse();
        test(detail.actions().button(ApplicationAction.SUBMIT).orElseThrow()).click();
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(detail.form().title.isReadOnly()).isTrue();
        assertThat(detail.actions().button(ApplicationAction.SUBMIT)).isEmpty();
        assertThat(detail.documents().upload).isNull();
        assertThat(detail.actions().button(ApplicationAction.TAKE)).isEmpty();
    }

    @Test
    @WithUserDetails("mayor")
    void theMayorsListHoldsOnlyTheirMunicipality() {
        ApplicationListView view = navigate(ApplicationListView.class);
        Long accra = jdbc.queryForObject("SELECT id FROM municipality WHERE name = 'Accra'", Long.class);
        long own = jdbc.queryForObject(
                "SELECT COUNT(*) FROM fund_application WHERE municipality_id = ?", Long.class, accra);
        assertThat(test(view.grid).size()).isEqualTo((int) own);
        for (int i = 0; i < test(view.grid).size(); i++) {
            assertThat(test(view.grid).getRow(i).getMunicipalityId()).isEqualTo(accra);
        }
        assertThat(view.create).isNotNull();
    }

    @Test
    @WithUserDetails("officer")
    void theReviewQueueIsRankedByScore() {
        ReviewView view = navigate(ReviewView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo((int) lists.reviewCount());
        assertThat(grid.getRow(0).getPriorityScore()).isNotNull();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(ApplicationStatus.PENDING).contains(grid.getRow(i).getStatus());
        }
    }

    @Test
    @WithUserDetails("officer")
    void theRecommendingOfficerSeesNoApproveButton() {
        Long id = idOf("Borehole programme for peri-urban wards");
        ApplicationView view = navigate("fund/applications/" + id, ApplicationView.class);
        assertThat(view.actions().button(ApplicationAction.APPROVE)).isEmpty();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("another fund officer must approve"));
        assertThat(view.actions().button(ApplicationAction.REJECT)).isPresent();
    }

    @Test
    @WithUserDetails("officer2")
    void anAbsurdRateIsRefusedAndNothingIsApproved() {
        Long id = idOf("Borehole programme for peri-urban wards");
        ApplicationView view = navigate("fund/applications/" + id, ApplicationView.class);
        assertThat(view.actions().button(ApplicationAction.APPROVE)).isPresent();
        view.actions().rate.setValue(new BigDecimal("99"));
        test(view.actions().button(ApplicationAction.APPROVE).orElseThrow()).click();
        assertThat(lastNotification()).contains("between 0 and 30");
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE application_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    @WithUserDetails("officer")
    void recommendingWithoutScoresIsRefused() {
        Long id = idOf("Solid waste transfer station");
        ApplicationView view = navigate("fund/applications/" + id, ApplicationView.class);
        assertThat(view.actions().button(ApplicationAction.RECOMMEND)).isPresent();
        assertThat(view.actions().button(ApplicationAction.REQUEST_INFO)).isPresent();
        test(view.actions().button(ApplicationAction.RECOMMEND).orElseThrow()).click();
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        test(view.actions().button(ApplicationAction.REQUEST_INFO).orElseThrow())
                .click();
        assertThat(lastNotification()).contains("Please write a text");
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    @WithUserDetails("officer")
    void thePortfolioShowsTheFiguresOfTheDatabase() {
        PortfolioView view = navigate(PortfolioView.class);
        assertThat(view.shown.capital().available())
                .isEqualByComparingTo(portfolio.figures().capital().available());
        assertThat(test(view.bySubProgramme).size())
                .isEqualTo(portfolio.figures().bySubProgramme().size());
        assertThat(test(view.buckets).size()).isEqualTo(5);
        assertThat(portfolio.csv()).startsWith("section,key,loans,approved,disbursed,repaid,outstanding,at_risk_30");
        assertThat(view.csv).isNotNull();
        view.contribution.setValue(new BigDecimal("-1"));
        test(view.contribute).click();
        assertThat(lastNotification()).contains("positive amount");
        assertThat(portfolio.figures().contributed()).isEqualByComparingTo(view.shown.contributed());
    }

    @Test
    @WithUserDetails("officer")
    void thePortfolioMapsTheLoansByLocation() {
        PortfolioView view = navigate(PortfolioView.class);
        assertThat(view.map).as("drawn only when asked for").isNull();
        test(view.mapSwitch).click();
        NetworkMap map = view.map;
        // the service's places, labelled with their loans and outstanding principal, and the network as context
        List<LoanPlace> places = portfolio.loansByLocation(MapArea.WORLD);
        assertThat(places).isNotEmpty();
        assertThat(map.loans).hasSize(places.size());
        LoanPlace kingston = places.stream()
                .filter(p -> p.name().equals("Kingston"))
                .findFirst()
                .orElseThrow();
        assertThat(map.loans)
                .extracting(MapPoint::label)
                .contains("Kingston — loans: " + kingston.loans() + ", outstanding: "
                        + Formats.money(kingston.outstanding(), Currency.getInstance("USD")));
        assertThat(map.points).isNotEmpty();
        assertThat(map.lines).isEmpty();
        assertThat(map.svg()).contains("imc-map-loans").contains("<title>Kingston — loans: ");

        // zoomed on Jamaica: Kingston's loans, not Ghana's
        map.country.setValue("Jamaica");
        assertThat(map.loans)
                .extracting(MapPoint::label)
                .anyMatch(l -> l.startsWith("Kingston — "))
                .noneMatch(l -> l.startsWith("Kumasi — ") || l.startsWith("Accra — "));
    }

    @Test
    @WithUserDetails("mayor")
    void aMayorCannotOpenThePortfolioOrItsMap() {
        navigate("fund/portfolio", com.vaadin.flow.component.Component.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("Access denied");
        assertThat($(NetworkMap.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void officersGetTheReviewQueueAndCapitalCards() {
        navigate("", com.vaadin.flow.component.Component.class);
        var titles = $(com.vaadin.flow.component.html.H2.class).all().stream()
                .map(h -> h.getText())
                .toList();
        assertThat(titles).contains("Fund review queue", "Revolving fund");
    }

    @Test
    @WithUserDetails("mayor")
    void mayorsGetTheirApplicationsAndLoansCards() {
        navigate("", com.vaadin.flow.component.Component.class);
        var titles = $(com.vaadin.flow.component.html.H2.class).all().stream()
                .map(h -> h.getText())
                .toList();
        assertThat(titles).contains("Fund applications", "Fund loans").doesNotContain("Fund review queue");
    }

    @Test
    @WithUserDetails("officer")
    void aLoanNotYetCheckedForArrearsSaysSoInsteadOfAnEmptyDate() {
        Long loanId = jdbc.queryForObject("SELECT MIN(id) FROM loan WHERE delinquency_as_of IS NOT NULL", Long.class);
        java.sql.Date asOf =
                jdbc.queryForObject("SELECT delinquency_as_of FROM loan WHERE id = ?", java.sql.Date.class, loanId);
        try {
            navigate("fund/loans/" + loanId, LoanView.class);
            assertThat(find(com.vaadin.flow.component.html.Span.class)
                            .withId("fact-dpd")
                            .single()
                            .getText())
                    .contains(" as of ");

            jdbc.update("UPDATE loan SET delinquency_as_of = NULL WHERE id = ?", loanId);
            navigate("fund/loans/" + loanId, LoanView.class);
            assertThat(find(com.vaadin.flow.component.html.Span.class)
                            .withId("fact-dpd")
                            .single()
                            .getText())
                    .isEqualTo("Not computed yet: the daily check runs overnight");
        } finally {
            jdbc.update("UPDATE loan SET delinquency_as_of = ? WHERE id = ?", asOf, loanId);
        }
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerProposesAWriteOffAndOnlyWithdrawsItTheConfirmationIsAnotherOfficers() {
        Long loanId = jdbc.queryForObject(
                "SELECT MIN(id) FROM loan WHERE status = 'ACTIVE' AND disbursed > principal_repaid + written_off",
                Long.class);
        LoanView view = navigate("fund/loans/" + loanId, LoanView.class);
        assertThat(view.actions().proposeWriteOff).isNotNull();
        assertThat(view.actions().writeOff).isNull();
        assertThat(view.actions().withdrawWriteOff).isNull();

        test(view.actions().writeOffReason).setValue("Municipality dissolved (view test)");
        test(view.actions().proposeWriteOff).click();

        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("loan-write-off-proposed")
                        .exists())
                .isTrue();
        assertThat(view.actions().proposeWriteOff).isNull();
        assertThat(view.actions().writeOff).isNull();
        assertThat(view.actions().withdrawWriteOff).isNotNull();
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loanId))
                .isEqualTo("ACTIVE");

        test(view.actions().withdrawWriteOff).click();

        assertThat(view.actions().proposeWriteOff).isNotNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM loan WHERE id = ? AND write_off_proposed_by IS NULL",
                        Integer.class,
                        loanId))
                .isEqualTo(1);
    }
}
