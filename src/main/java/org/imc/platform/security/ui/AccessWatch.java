package org.imc.platform.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.HeaderWidget;
import org.imc.platform.security.CurrentUser;

/**
 * Signs a user out live when their access is withdrawn or changed (disabled, other roles or
 * municipality, password set elsewhere): the page reloads, and the reload passes the session
 * check of the security filters, which ends a revoked session and shows the sign-in page. A
 * session that is still valid (the user's own password change) just shows the page again.
 */
class AccessWatch extends Span {

    AccessWatch(LiveUpdates live, Topic topic) {
        setVisible(false);
        live.follow(this, () -> getUI().ifPresent(ui -> ui.getPage().reload()), topic);
    }

    @org.springframework.stereotype.Component
    static class Widget implements HeaderWidget {

        private final LiveUpdates live;
        private final CurrentUser currentUser;

        Widget(LiveUpdates live, CurrentUser currentUser) {
            this.live = live;
            this.currentUser = currentUser;
        }

        @Override
        public Component create() {
            return currentUser
                    .get()
                    .<Component>map(user -> new AccessWatch(live, Topic.accessOf(user.id())))
                    .orElseGet(Span::new);
        }
    }
}
