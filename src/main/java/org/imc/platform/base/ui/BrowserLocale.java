package org.imc.platform.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every new page takes its language from {@link UiLanguage}: the user's choice, else the
 * browser's languages. Dates and numbers follow the same locale (with the browser's region when
 * it speaks that language), so a date picker shows 23/11/2026 in fr and en-GB.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    private final ObjectProvider<LanguagePreference> accounts;

    BrowserLocale(ObjectProvider<LanguagePreference> accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> UiLanguage.init(init.getUI(), accounts.getIfAvailable()));
    }
}
