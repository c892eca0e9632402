package org.imc.platform.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;

/**
 * Grid cells that the browser draws from a few values per row (a Lit template), for the lists
 * that page through many rows: a link, a few lines of text, an action button. A component
 * column ({@code addComponentColumn}) builds a server-side component tree with its listeners
 * for every row of every page and sends all of it; these send the row's values only. Use a
 * component column where a cell holds more than this.
 */
public final class GridCells {

    private GridCells() {}

    /** A link to a route, filling the cell (imc.css), that reads {@code text}. */
    public static <T> LitRenderer<T> link(ValueProvider<T, String> href, ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<a href=\"${item.href}\">${item.text}</a>")
                .withProperty("href", href)
                .withProperty("text", text);
    }

    /** Lines of text as a list with the given CSS class. */
    public static <T> LitRenderer<T> lines(String className, ValueProvider<T, List<String>> lines) {
        return LitRenderer.<T>of(
                        "<ul class=\"" + className + "\">${item.lines.map(line => html`<li>${line}</li>`)}</ul>")
                .withProperty("lines", lines);
    }

    /**
     * A small primary button reading {@code text} whose accessible name is {@code label}; where
     * {@code tag} gives a text for the row, a tag with that text instead of the button.
     */
    public static <T> LitRenderer<T> actionOrTag(
            ValueProvider<T, String> text,
            ValueProvider<T, String> label,
            ValueProvider<T, String> tag,
            SerializableConsumer<T> action) {
        return LitRenderer.<T>of(
                        "${item.tag ? html`<span class=\"imc-tag\">${item.tag}</span>` : html`<vaadin-button"
                                + " theme=\"small primary\" aria-label=\"${item.label}\" @click=\"${act}\">${item.text}</vaadin-button>`}")
                .withProperty("text", text)
                .withProperty("label", label)
                .withProperty("tag", tag)
                .withFunction("act", action);
    }
}
