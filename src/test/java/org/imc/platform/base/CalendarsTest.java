package org.imc.platform.base;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Calendar entries mean the same moment everywhere, and all-day entries the same days. */
class CalendarsTest {

    private static final ZoneId ACCRA = ZoneId.of("Africa/Accra");
    private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

    @Test
    void aSessionAtTenInAccraIsTenInAccraAndElevenInLagos() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 12, 1, 10, 0), ACCRA);
        String ics = Calendars.timed(
                new Calendars.Entry("s-1@imc", "Budgeting for small towns", null, "Online", "https://imc.example/x"),
                start,
                start.plusHours(2));

        assertThat(ics).contains("DTSTART:20261201T100000Z").contains("DTEND:20261201T120000Z");
        VEvent event = parse(ics);
        ZonedDateTime inAccra = event.getDateStart().getValue().toInstant().atZone(ACCRA);
        ZonedDateTime inLagos = event.getDateStart().getValue().toInstant().atZone(LAGOS);
        assertThat(inAccra.toLocalTime()).hasToString("10:00");
        assertThat(inAccra.getOffset().getId()).isEqualTo("Z"); // GMT
        assertThat(inLagos.toLocalTime()).hasToString("11:00");
        assertThat(inLagos.getOffset().getId()).isEqualTo("+01:00"); // WAT
    }

    @Test
    void anAllDayEntryCoversItsDaysWithoutATime() {
        String ics = Calendars.allDay(
                new Calendars.Entry("e-1@imc", "Exchange – Kingston", "Two planners", "Kingston", null),
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12));

        assertThat(ics)
                .contains("DTSTART;VALUE=DATE:20270308")
                .contains("DTEND;VALUE=DATE:20270313") // the day after the last, as RFC 5545 wants
                .contains("UID:e-1@imc")
                .contains("SUMMARY:Exchange – Kingston")
                .contains("METHOD:PUBLISH");
        VEvent event = parse(ics);
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
    }

    private static VEvent parse(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        return calendar.getEvents().getFirst();
    }
}
