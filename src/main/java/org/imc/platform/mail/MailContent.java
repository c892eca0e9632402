package org.imc.platform.mail;

import java.util.List;

/**
 * What to say, as translation keys, so that it is written in the recipient's language: the
 * subject ({@code subjectKey}) and the body ({@code bodyKey}) take the same {@code args};
 * {@code link} is a route of the application (made absolute with the public base URL), {@code
 * calendar} an iCalendar text to attach (may be null).
 */
public record MailContent(String subjectKey, String bodyKey, List<String> args, String link, String calendar) {

    public MailContent {
        args = List.copyOf(args);
    }

    public static MailContent of(String subjectKey, String bodyKey, String link, String... args) {
        return new MailContent(subjectKey, bodyKey, List.of(args), link, null);
    }

    public MailContent withCalendar(String icsText) {
        return new MailContent(subjectKey, bodyKey, args, link, icsText);
    }
}
