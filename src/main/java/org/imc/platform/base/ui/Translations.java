package org.imc.platform.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.imc.platform.base.Language;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, from {@code vaadin-i18n/translations*.properties} (UTF-8). Vaadin's
 * default provider reads the same files but falls back to the server's default locale before
 * English; this one falls back to English only, whatever locale the server runs in.
 */
@Component
class Translations implements I18NProvider {

    private static final List<Locale> PROVIDED =
            Arrays.stream(Language.values()).map(Language::locale).toList();

    @Override
    public List<Locale> getProvidedLocales() {
        return PROVIDED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = Language.bundle(locale);
        if (!bundle.containsKey(key)) {
            return "!" + Language.of(locale).tag() + ": " + key;
        }
        String value = bundle.getString(key);
        return params == null || params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }
}
