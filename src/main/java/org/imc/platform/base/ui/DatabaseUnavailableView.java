package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.imc.platform.base.DatabaseOutage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown instead of a page that could not be opened because the database is out of reach.
 * Without the main layout on purpose: its header reads from the database too. "Try again"
 * opens the same page once more.
 */
abstract class DatabaseUnavailableView extends VerticalLayout {

    int show(BeforeEnterEvent event, Exception error) {
        removeAll();
        addClassName("imc-view");
        String location = event.getLocation().getPathWithQueryParameters();
        add(
                new H1(getTranslation("error.database-unavailable.title")),
                new Paragraph(getTranslation(
                        DatabaseOutage.isBusy(error) ? DatabaseOutage.BUSY_KEY : DatabaseOutage.MESSAGE_KEY)),
                new Anchor(location, getTranslation("error.try-again")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** A service could not start its transaction: no connection. */
    @AnonymousAllowed
    public static class NoTransaction extends DatabaseUnavailableView
            implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(event, parameter.getCaughtException());
        }
    }

    /** A query failed because the connection broke or could not be had. */
    @AnonymousAllowed
    public static class ResourceFailure extends DatabaseUnavailableView
            implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(event, parameter.getCaughtException());
        }
    }
}
