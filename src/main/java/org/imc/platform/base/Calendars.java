package org.imc.platform.base;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Calendar entries (iCalendar, RFC 5545) for downloads ({@code .ics}) and e-mail attachments.
 * Times are written in UTC ({@code DTSTART:20261201T100000Z}), which every calendar shows in its
 * reader's own zone: a session at 10:00 in Accra (GMT) shows 10:00 in Accra and 11:00 in Lagos
 * (WAT). Events without a time (course sessions, network events and exchanges are days) are
 * all-day entries, the same dates everywhere.
 */
public final class Calendars {

    /** What an entry says: a stable id (so an updated entry replaces the old one), title, details. */
    public record Entry(String uid, String title, String description, String location, String url) {}

    private Calendars() {}

    /** An all-day entry from {@code first} to {@code last} inclusive. */
    public static String allDay(Entry entry, LocalDate first, LocalDate last) {
        VEvent event = event(entry);
        event.setDateStart(new DateStart(localDate(first), false));
        event.setDateEnd(new DateEnd(localDate((last == null ? first : last).plusDays(1)), false));
        return write(event);
    }

    /** An entry at a time: the instants are what count, whatever zone they are given in. */
    public static String timed(Entry entry, ZonedDateTime start, ZonedDateTime end) {
        VEvent event = event(entry);
        event.setDateStart(new DateStart(Date.from(start.toInstant()), true));
        event.setDateEnd(new DateEnd(Date.from(end.toInstant()), true));
        return write(event);
    }

    private static VEvent event(Entry entry) {
        VEvent event = new VEvent();
        event.setUid(entry.uid());
        event.setSummary(entry.title());
        if (entry.description() != null && !entry.description().isBlank()) {
            event.setDescription(entry.description());
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.setLocation(entry.location());
        }
        if (entry.url() != null && !entry.url().isBlank()) {
            event.setUrl(entry.url());
        }
        event.setDateTimeStamp(Date.from(Instant.now()));
        return event;
    }

    private static String write(VEvent event) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//IMC Platform//EN");
        calendar.setMethod(Method.publish());
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    /** A date value: biweekly writes dates without time in the JVM's zone, so it is built in it. */
    private static Date localDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
