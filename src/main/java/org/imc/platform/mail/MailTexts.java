package org.imc.platform.mail;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.imc.platform.base.PublicLinks;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes e-mails from translation keys of the UI bundle ({@code vaadin-i18n/translations}), in
 * the recipient's language where the bundle has it (English otherwise), with absolute links from
 * {@code imc.public-base-url} (without it, this node's own address on localhost).
 */
@Component
class MailTexts {

    static final String BUNDLE = "vaadin-i18n/translations";

    private final PublicLinks links;

    MailTexts(PublicLinks links) {
        this.links = links;
    }

    String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** An absolute URL of a route of the application. */
    String url(String route) {
        return links.of(route);
    }

    /** One message: greeting, the text, the link, and where to change what one receives. */
    RenderedMail render(Locale locale, String recipientName, MailContent content) {
        Object[] args = content.args().toArray();
        String subject = text(locale, content.subjectKey(), args);
        String body = text(locale, content.bodyKey(), args);
        String link = content.link() == null ? null : url(content.link());
        return compose(locale, recipientName, subject, List.of(new Item(body, link)), content.calendar());
    }

    /** A digest: one line and link per notification. */
    RenderedMail digest(Locale locale, String recipientName, List<Item> items) {
        String subject = text(locale, "mail.digest.subject", items.size());
        return compose(locale, recipientName, subject, items, null);
    }

    record Item(String text, String link) {}

    private RenderedMail compose(
            Locale locale, String recipientName, String subject, List<Item> items, String calendar) {
        String greeting = text(locale, "mail.greeting", recipientName);
        String open = text(locale, "mail.open");
        String footer = text(locale, "mail.footer");
        String settings = url("settings");
        StringBuilder plain = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append("<p>")
                .append(HtmlUtils.htmlEscape(greeting))
                .append("</p>");
        for (Item item : items) {
            plain.append(item.text()).append('\n');
            html.append("<p>").append(HtmlUtils.htmlEscape(item.text()));
            if (item.link() != null) {
                plain.append(open).append(": ").append(item.link()).append('\n');
                html.append("<br><a href=\"")
                        .append(HtmlUtils.htmlEscape(item.link()))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(open))
                        .append("</a>");
            }
            plain.append('\n');
            html.append("</p>");
        }
        plain.append("-- \n").append(footer).append(' ').append(settings).append('\n');
        html.append("<hr><p style=\"color:#666;font-size:small\">")
                .append(HtmlUtils.htmlEscape(footer))
                .append(" <a href=\"")
                .append(HtmlUtils.htmlEscape(settings))
                .append("\">")
                .append(HtmlUtils.htmlEscape(settings))
                .append("</a></p></body></html>");
        return new RenderedMail(subject, plain.toString(), html.toString(), calendar);
    }
}
