package org.imc.platform.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import org.imc.platform.base.Translatable;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.HeaderWidget;
import org.imc.platform.notification.Notification;
import org.imc.platform.notification.NotificationService;

/**
 * The bell in the header: unread count as a badge; a click opens the latest notifications.
 */
class NotificationBell extends Div {

    private final transient NotificationService notifications;
    private final Button bell;
    private final Span badge = new Span();
    private final Div list = new Div();

    NotificationBell(NotificationService notifications, LiveUpdates live) {
        this.notifications = notifications;
        addClassName("imc-bell");
        bell = new Button(new Icon("vaadin:bell"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        badge.addClassName("imc-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(bell, badge);

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setModal(false);
        popover.setAriaLabelledBy("notification-heading");
        H2 heading = new H2(getTranslation("notification.title"));
        heading.setId("notification-heading");
        Button markRead = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        list.addClassName("imc-notification-list");
        Div panel = new Div(heading, list, markRead);
        panel.addClassName("imc-notification-panel");
        popover.add(panel);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fillList();
            }
        });
        add(popover);
        refresh();
        // a notification written on any node: the count, and the panel if it is open
        live.follow(
                this,
                () -> {
                    refresh();
                    if (popover.isOpened()) {
                        fillList();
                    }
                },
                notifications.topic());
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
    }

    private void fillList() {
        list.removeAll();
        var latest = notifications.latest(10);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.none")));
        }
        for (Notification n : latest) {
            Object[] args = java.util.Arrays.stream(n.getMessageArgs())
                    .map(a -> Translatable.fromArgument(String.valueOf(a))
                            .<Object>map(t -> getTranslation(t.key()))
                            .orElse(a))
                    .toArray();
            String text = getTranslation(n.getMessageKey(), args);
            Component body = n.getLink() == null ? new Span(text) : new Anchor(n.getLink(), text);
            Span when = new Span(Formats.dateTime(n.getCreatedAt()));
            when.addClassName("imc-muted");
            Div item = new Div(body, when);
            item.addClassName("imc-notification");
            if (!n.isRead()) {
                item.addClassName("unread");
            }
            list.add(item);
        }
    }

    @org.springframework.stereotype.Component
    static class Widget implements HeaderWidget {

        private final NotificationService notifications;
        private final LiveUpdates live;

        Widget(NotificationService notifications, LiveUpdates live) {
            this.notifications = notifications;
            this.live = live;
        }

        @Override
        public Component create() {
            return new NotificationBell(notifications, live);
        }
    }
}
