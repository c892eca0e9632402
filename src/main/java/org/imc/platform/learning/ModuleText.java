package org.imc.platform.learning;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A module's Markdown as HTML for the page. Raw HTML in the text is escaped (shown as typed,
 * never run) and link targets other than http(s) and mail are dropped, so what a trainer types
 * cannot put script or markup of their own on a learner's page.
 */
final class ModuleText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private ModuleText() {}

    /** The text as HTML inside one {@code <div>} (one root element, as Vaadin's {@code Html} wants). */
    static String html(String markdown) {
        String body = markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
        return "<div class=\"imc-module-text\">" + body + "</div>";
    }
}
