package org.imc.platform.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.HeaderWidget;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.OwnAccountService;

/**
 * Signs a user out live when their access is withdrawn or changed (disabled, other roles or
 * municipality, password set elsewhere): the page reloads, and the reload passes the session
 * check of the security filters, which ends the revoked session and shows the sign-in page. The
 * session that changed its own password stands (its principal was replaced) and stays as it is.
 */
class AccessWatch extends Span {

    AccessWatch(LiveUpdates live, OwnAccountService users, Topic topic) {
        setVisible(false);
        live.follow(
                this,
                () -> {
                    if (!users.ownAccessCurrent()) {
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    }
                },
                topic);
    }

    @org.springframework.stereotype.Component
    static class Widget implements HeaderWidget {

        private final LiveUpdates live;
        private final CurrentUser currentUser;
        private final OwnAccountService users;

        Widget(LiveUpdates live, CurrentUser currentUser, OwnAccountService users) {
            this.live = live;
            this.currentUser = currentUser;
            this.users = users;
        }

        @Override
        public Component create() {
            return currentUser
                    .get()
                    .<Component>map(user -> new AccessWatch(live, users, Topic.accessOf(user.id())))
                    .orElseGet(Span::new);
        }
    }
}
