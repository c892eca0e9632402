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
import java.util.Locale;

/**
 * Dates and numbers in the user's own locale and time zone, as their browser reports them
 * (independent of which translation bundle is shown).
 */
public final class Formats {

    private Formats() {}

    public static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null
                && session.getBrowser() != null
                && session.getBrowser().getLocale() != null) {
            return session.getBrowser().getLocale();
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

    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }
}
