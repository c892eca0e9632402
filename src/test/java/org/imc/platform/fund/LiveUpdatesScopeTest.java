package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.Topic;
import org.imc.platform.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live updates tell a screen only about what its user may see: the topics an officer's question
 * writes to the change feed reach the Accra mayor's bell, list and application page, and none of
 * the topics the Kingston mayor's screens follow; the Kingston mayor cannot open (and so cannot
 * follow) the Accra application at all. The topics carry no data: whatever a screen shows after
 * a change it reads again through these services.
 */
class LiveUpdatesScopeTest extends FundTestSupport {

    @Autowired
    NotificationService notifications;

    private long lastFeedId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM change_event", Long.class);
        return max == null ? 0 : max;
    }

    private List<Topic> feedAfter(long id) {
        return jdbc.queryForList("SELECT topic FROM change_event WHERE id > ? ORDER BY id", String.class, id).stream()
                .map(Topic::new)
                .toList();
    }

    @Test
    void aQuestionToAccraReachesAccraOnlyAndCarriesNoData() throws Exception {
        FundApplication created = callAs("mayor", () -> applications.createDraft(draft("live scope", "5000", 12, 0)));
        FundApplication submitted = callAs(
                "mayor",
                () -> applications.perform(created.getId(), created.getVersion(), ApplicationAction.SUBMIT, null));
        FundApplication taken = callAs(
                "officer",
                () -> applications.perform(submitted.getId(), submitted.getVersion(), ApplicationAction.TAKE, null));

        List<Topic> accraMayor = List.of(
                callAs("mayor", () -> notifications.topic()),
                callAs("mayor", () -> lists.topic()),
                Topic.fundApplication(taken.getId()));
        List<Topic> kingstonMayor =
                List.of(callAs("mayor2", () -> notifications.topic()), callAs("mayor2", () -> lists.topic()));
        List<Topic> officer2 =
                List.of(callAs("officer2", () -> notifications.topic()), callAs("officer2", () -> lists.topic()));

        long before = lastFeedId();
        callAs(
                "officer",
                () -> applications.perform(
                        taken.getId(), taken.getVersion(), ApplicationAction.REQUEST_INFO, "How many kiosks?"));
        List<Topic> written = feedAfter(before);

        assertThat(written).containsAll(accraMayor);
        assertThat(written).doesNotContainAnyElementsOf(kingstonMayor);
        assertThat(officer2).as("the review queue moves for every officer").contains(Topic.FUND_QUEUE);
        assertThat(written).contains(Topic.FUND_QUEUE);
        assertThat(written)
                .extracting(Topic::name)
                .as("topics only, never content")
                .noneMatch(name -> name.contains("kiosks") || name.contains("live scope"));
        assertThatThrownBy(() -> callAs("mayor2", () -> applications.get(taken.getId())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aRefusedChangeTellsNobody() throws Exception {
        FundApplication created = callAs("mayor", () -> applications.createDraft(draft("live refused", "5000", 12, 0)));
        long before = lastFeedId();
        assertThatThrownBy(() -> callAs(
                        "mayor", () -> applications.perform(created.getId(), 99, ApplicationAction.SUBMIT, null)))
                .isNotNull();
        assertThat(feedAfter(before)).isEmpty();
    }
}
