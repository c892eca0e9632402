package org.imc.platform.base;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages the platform speaks, each with the locale its numbers and dates follow. Arabic is
 * written right to left and uses Latin digits ({@code ar-u-nu-latn}), as most of the network's
 * Arabic-speaking offices do in figures and amounts. Portuguese is Brazilian Portuguese.
 */
public enum Language {
    ENGLISH("en", "English", Locale.ENGLISH),
    FRENCH("fr", "Français", Locale.FRENCH),
    SPANISH("es", "Español", Locale.forLanguageTag("es")),
    PORTUGUESE("pt", "Português", Locale.forLanguageTag("pt-BR")),
    ARABIC("ar", "العربية", Locale.forLanguageTag("ar-u-nu-latn"));

    /** The one bundle of every text the user reads (English is the base file). */
    public static final String BUNDLE = "vaadin-i18n/translations";

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName, Locale locale) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = locale;
    }

    /** The language code kept on a user's account and in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the picker shows it. */
    public String nativeName() {
        return nativeName;
    }

    /** The locale texts, numbers and dates follow when nothing more precise is known. */
    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return this == ARABIC;
    }

    /**
     * The locale for this language given what the browser reports: the browser's own region when
     * it speaks this language (dates in en-GB, fr-CA, es-MX), this language's default otherwise;
     * Arabic always with Latin digits.
     */
    public Locale localeFor(Locale browser) {
        if (browser == null
                || !tag.equals(browser.getLanguage())
                || browser.getCountry().isEmpty()) {
            return locale;
        }
        Locale.Builder builder = new Locale.Builder().setLanguage(tag).setRegion(browser.getCountry());
        if (this == ARABIC) {
            builder.setUnicodeLocaleKeyword("nu", "latn");
        }
        return builder.build();
    }

    /** The language of a locale, English when it is not one of ours. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : fromTag(locale.getLanguage()).orElse(ENGLISH);
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The first of the browser's languages (in its order of preference) that we speak. */
    public static Optional<Language> firstSpoken(List<Locale> preferred) {
        return preferred.stream()
                .map(l -> fromTag(l.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public static Optional<Language> firstSpoken(Enumeration<Locale> preferred) {
        return preferred == null ? Optional.empty() : firstSpoken(java.util.Collections.list(preferred));
    }

    /**
     * The bundle for a locale, falling back to English (the base file) and never to the server's
     * own default locale, which {@link ResourceBundle#getBundle(String, Locale)} would try first.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? Locale.ROOT : locale,
                Language.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text from the bundle in this language, the key itself when it is missing. */
    public String text(String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
    }
}
