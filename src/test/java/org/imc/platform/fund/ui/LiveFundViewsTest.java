package org.imc.platform.fund.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.ChangedElsewhere;
import org.imc.platform.base.ui.LiveViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.fund.ApplicationAction;
import org.imc.platform.fund.ApplicationDraft;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.fund.FundApplicationService;
import org.imc.platform.notification.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Screens that change by themselves: a change made by another user (here on the same node, through
 * the same change feed every node reads) reaches the open screen without navigation, within the
 * reader's half second plus the delivery.
 */
@ViewTest
class LiveFundViewsTest extends LiveViewTest {

    private static final String TITLE = "Live view test application";

    @Autowired
    NotificationService notifications;

    @Autowired
    FundApplicationService applications;

    @Autowired
    LiveUpdates live;

    @Autowired
    ChangeFeed changes;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM notification WHERE message_args LIKE ?", "%" + TITLE + "%");
        jdbc.update("DELETE FROM fund_application WHERE title = ?", TITLE);
    }

    private static ApplicationDraft draft() {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(TITLE);
        d.setSubProgramme(SubProgramme.DRINKING_WATER);
        d.setDescription("Kiosks");
        d.setAmount(new BigDecimal("5000.00"));
        d.setTermMonths(12);
        d.setGraceMonths(0);
        d.setCoFinancing(new BigDecimal("0.00"));
        d.setBeneficiaries(100);
        return d;
    }

    private FundApplication submitted() throws Exception {
        FundApplication created = as("mayor", () -> applications.createDraft(draft()));
        return as(
                "mayor",
                () -> applications.perform(created.getId(), created.getVersion(), ApplicationAction.SUBMIT, null));
    }

    /** The count on the bell's badge; the badge is hidden while nothing is unread. */
    private int unreadOnBell() {
        var shown = find(Span.class).withClassName("imc-bell-badge").all();
        String text = shown.isEmpty() ? "" : shown.getFirst().getText();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    @Test
    @WithUserDetails("mayor")
    void theMayorsBellCountRisesWhenTheOfficerAsksWithoutNavigating() throws Exception {
        FundApplication taken = as("officer", () -> {
            FundApplication a = submitted();
            return applications.perform(a.getId(), a.getVersion(), ApplicationAction.TAKE, null);
        });
        navigate("", com.vaadin.flow.component.Component.class);
        // what the bell settles on before the question (the layout may be older than the
        // notification the taking wrote, and the bell learns of that one through the feed too)
        long before = notifications.unreadCount();
        assertThat(eventually(() -> unreadOnBell() == before))
                .as("bell count %s, unread %s", unreadOnBell(), before)
                .isTrue();

        as(
                "officer",
                () -> applications.perform(
                        taken.getId(), taken.getVersion(), ApplicationAction.REQUEST_INFO, "How many kiosks?"));

        assertThat(eventually(() -> unreadOnBell() == before + 1))
                .as("bell count %s -> %s", before, unreadOnBell())
                .isTrue();
    }

    @Test
    @WithUserDetails("officer2")
    void anItemTakenByAnotherOfficerChangesInPlaceOnTheReviewQueue() throws Exception {
        FundApplication application = submitted();
        ReviewView queue = navigate(ReviewView.class);
        var grid = test(queue.grid);
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).getId().equals(application.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, 5)).isEqualTo("Submitted");

        as(
                "officer",
                () -> applications.perform(
                        application.getId(), application.getVersion(), ApplicationAction.TAKE, null));

        assertThat(eventually(() -> "Under review".equals(grid.getCellText(row, 5))))
                .as("the row shows the new status")
                .isTrue();
    }

    @Test
    @WithUserDetails("officer2")
    void theReviewQueueIsDrawnAgainOnlyWhenItsRowsChanged() throws Exception {
        FundApplication application = submitted();
        ReviewView queue = navigate(ReviewView.class);
        java.util.concurrent.atomic.AtomicInteger redrawn = new java.util.concurrent.atomic.AtomicInteger();
        queue.grid.getDataProvider().addDataProviderListener(e -> redrawn.incrementAndGet());

        // the queue's topic changes without a change to its rows (as for the echo of an action
        // already drawn): the rows, and the links under the pointer, stay
        Probe probe = probe(Topic.FUND_QUEUE);
        changes.changed(Topic.FUND_QUEUE);
        probe.awaitDelivered();
        assertThat(redrawn).as("not drawn again").hasValue(0);

        as(
                "officer",
                () -> applications.perform(
                        application.getId(), application.getVersion(), ApplicationAction.TAKE, null));
        assertThat(eventually(() -> redrawn.get() > 0)).as("drawn again").isTrue();
    }

    @Test
    @WithUserDetails("officer2")
    void aScreenLeftIsForgotten() {
        navigate("", com.vaadin.flow.component.Component.class);
        int onDashboard = live.attachedCount();
        navigate(ReviewView.class);
        assertThat(live.attachedCount()).isEqualTo(onDashboard + 1);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(live.attachedCount()).as("no leak").isEqualTo(onDashboard);
    }

    @Test
    @WithUserDetails("mayor")
    void aDraftOpenHereSaysSoWhenChangedElsewhereAndKeepsWhatWasTyped() throws Exception {
        FundApplication draft = as("mayor", () -> applications.createDraft(draft()));
        ApplicationView view = navigate("fund/applications/" + draft.getId(), ApplicationView.class);
        test(view.form().description).setValue("Typed here, not saved yet");
        ApplicationDraft changed = draft();
        changed.setDescription("Saved in another tab");
        as("mayor", () -> applications.updateDraft(draft.getId(), draft.getVersion(), changed));

        assertThat(eventually(() -> find(ChangedElsewhere.class).exists())).isTrue();
        assertThat(view.form().description.getValue()).isEqualTo("Typed here, not saved yet");

        test(find(ChangedElsewhere.class)
                        .single()
                        .getChildren()
                        .filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                        .map(c -> (com.vaadin.flow.component.button.Button) c)
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(view.form().description.getValue()).isEqualTo("Saved in another tab");
        assertThat(find(ChangedElsewhere.class).exists()).isFalse();
    }
}
