package org.imc.platform.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Anything a view did not handle itself ends here: the user reads a sentence, never a stack
 * trace; unexpected failures are logged. A database outage reads "temporarily unavailable,
 * please try again" and is logged in one line.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable throwable = error.getThrowable();
                    UserMessages.log(throwable);
                    if (UI.getCurrent() != null) {
                        UI.getCurrent().access(() -> UserMessages.showError(throwable));
                    }
                }));
    }
}
