package org.imc.platform.base;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Makes Bean Validation read its messages from the same bundle as the UI
 * ({@code vaadin-i18n/translations}), so field messages are translated in one place, in the
 * language of the page that triggered the check (English elsewhere, never the server's default
 * locale). Registered in {@code META-INF/validation.xml}.
 */
public class TranslationsMessageInterpolator extends ResourceBundleMessageInterpolator {

    public TranslationsMessageInterpolator() {
        super(Language::bundle);
    }

    @Override
    public String interpolate(String message, Context context) {
        return interpolate(message, context, pageLocale());
    }

    private static Locale pageLocale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
