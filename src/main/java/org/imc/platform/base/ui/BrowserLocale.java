package org.imc.platform.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every UI takes the browser's locale, so date pickers and other components show dates the way
 * the reader writes them (23/11/2026 in en-GB, 23.11.2026 in de) instead of the server's default.
 * Texts still come from the translation bundle, which falls back to English.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Formats.locale()));
    }
}
