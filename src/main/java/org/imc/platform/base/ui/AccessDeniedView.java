package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Shown when a signed-in user opens a page their roles do not allow; the refusal is published as
 * a {@link RouteAccessDenied} for the audit trail.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final transient ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        // once per refused navigation: the audit trail records who asked for which page
        events.publishEvent(new RouteAccessDenied(event.getLocation().getPath()));
        removeAll();
        add(
                new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
