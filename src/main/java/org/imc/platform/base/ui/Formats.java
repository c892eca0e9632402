package org.imc.platform.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.imc.platform.base.Language;

/**
 * Dates and numbers in the user's own locale and time zone, as their browser reports them
 * (independent of which translation bundle is shown).
 */
public final class Formats {

    private Formats() {}

    /**
     * The page's locale: the language the reader chose or their browser asked for
     * ({@link UiLanguage}), with the browser's region when it speaks that language.
     */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getLocale() != null) {
            return session.getLocale();
        }
        return Locale.ENGLISH;
    }

    /**
     * The browser's time zone once the client has reported it (the main layout asks for it on
     * the first page), UTC until then.
     */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null) {
            try {
                return ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }

    public static String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .withZone(zone())
                        .format(instant);
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /**
     * An amount with its currency, written the reader's way: {@code 1 234 567,89 $US} in fr,
     * {@code US$ 1.234.567,89} in pt-BR, {@code $1,234,567.89} in en. The one way to show money.
     */
    public static String money(BigDecimal value, Currency currency) {
        return money(value, currency, locale());
    }

    public static String money(BigDecimal value, Currency currency, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(
                currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(2, format.getMinimumFractionDigits()));
        String text = format.format(value);
        if (Language.of(locale).rightToLeft()) {
            // a Latin symbol (US$) inside right-to-left text keeps its own order: not "$US"
            String symbol = currency.getSymbol(locale);
            text = text.replace(symbol, "\u2066" + symbol + "\u2069");
        }
        return text;
    }

    /** The currency's symbol as the reader's locale writes it ($US in fr, US$ in pt-BR). */
    public static String currencySymbol(Currency currency) {
        return currency.getSymbol(locale());
    }

    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }
}
