package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Text whose direction is its own: a name typed in Latin letters, a date or an amount inside a
 * right-to-left page. Without it the browser's bidi algorithm mixes the pieces of a line such as
 * "Forum — 20/01/2027" (the HTML {@code <bdi>} behaviour, as a span with {@code dir="auto"}).
 */
public final class Bidi {

    private Bidi() {}

    public static Span isolated(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("dir", "auto");
        return span;
    }
}
