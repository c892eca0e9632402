package org.imc.platform.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.imc.platform.base.ui.AccessDeniedView;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails("admin")
class OutboxViewTest extends BrowserlessViewTest {

    private static final String MARK = "Outbox view test ";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from mail_outbox where subject like ?", MARK + "%");
    }

    @Test
    void listsNewestFirstAndOpensAMessageButHidesSentAccountLinks() {
        insert("NETWORK", MARK + "older", "the body of the older one", 0);
        insert("ACCOUNT", MARK + "newest", "a link that works as a password", 10);

        OutboxView view = navigate("admin/outbox", OutboxView.class);
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("subject"))).isEqualTo(MARK + "newest");
        assertThat(grid.getCellText(1, grid.getColumnPosition("subject"))).isEqualTo(MARK + "older");

        open(view, 1);
        assertThat(find(Pre.class).single().getText()).isEqualTo("the body of the older one");
        close();

        open(view, 0);
        assertThat(find(Pre.class).exists()).isFalse();
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("The text of this account e-mail is not shown"));
    }

    @Test
    @WithUserDetails("liaison")
    void isForAdminsOnly() {
        navigate("admin/outbox", AccessDeniedView.class);
    }

    private void open(OutboxView view, int row) {
        Button button = (Button) test(view.grid).getCellComponent(row, "actions");
        assertThat(button.getElement().getAttribute("aria-label"))
                .isEqualTo("View the e-mail "
                        + view.grid.getGenericDataView().getItem(row).getSubject());
        test(button).click();
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    private void close() {
        test(find(Button.class).withText("Close").single()).click();
    }

    /** A sent message written a day from now (plus {@code seconds}): the newest in the list. */
    private void insert(String category, String subject, String body, int seconds) {
        Long member = jdbc.queryForObject("select id from app_user where username = 'member'", Long.class);
        jdbc.update("""
                insert into mail_outbox (recipient_user_id, recipient_address, category, language, subject, body_text,
                    body_html, status, next_attempt_at, created_at)
                values (?, 'member@imc.example', ?, 'en', ?, ?, '<p>x</p>', 'SENT', now(6), now(6) + interval 1 day + interval ? second)""", member, category, subject, body, seconds);
    }
}
