package org.imc.platform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * On a phone a grid shows only its essential columns, wide enough to read, instead of every
 * column squeezed to a few letters; or, where even those do not fit, one card per row. The
 * columns come back when the window is wider. The window's width comes from the browser's
 * details and its resize events.
 */
public final class PhoneColumns {

    /** Windows up to this width (CSS pixels) are treated as phones; imc.css uses the same. */
    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {}

    /** Keeps the columns at these positions (0 = the first) on a phone and hides the others. */
    public static void keep(Grid<?> grid, int... essential) {
        Set<Integer> kept = IntStream.of(essential).boxed().collect(Collectors.toSet());
        follow(grid, phone -> {
            List<? extends Grid.Column<?>> columns = grid.getColumns();
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).setVisible(!phone || kept.contains(i));
            }
        });
    }

    /**
     * On a phone the grid shows one column instead of its others: a card per row, the parts
     * {@code parts} gives (texts or components, e.g. the name, the dates, the row's buttons) one
     * under the other, long texts wrapping. Call it after adding the other columns.
     */
    public static <T> Grid.Column<T> cards(Grid<T> grid, String header, ValueProvider<T, List<?>> parts) {
        Grid.Column<T> cards =
                grid.addComponentColumn(row -> card(parts.apply(row))).setHeader(header);
        cards.setVisible(false);
        follow(grid, phone -> grid.getColumns().forEach(c -> c.setVisible(phone == (c == cards))));
        return cards;
    }

    /** A part of a card that names what it shows: the label (muted) and the value. */
    public static Div labelled(String label, String value) {
        Span name = new Span(label + " ");
        name.addClassName("imc-muted");
        Div part = new Div(name);
        part.add(value == null ? "" : value);
        return part;
    }

    private static Div card(List<?> parts) {
        Div card = new Div();
        card.addClassName("imc-grid-card");
        for (Object part : parts) {
            if (part instanceof Component component) {
                card.add(component);
            } else if (part != null && !part.toString().isBlank()) {
                card.add(new Div(part.toString()));
            }
        }
        return card;
    }

    /**
     * Calls {@code show} with whether the window is a phone's, when attached and on every resize;
     * replaces what an earlier call asked for the same grid (a view that rebuilds its columns).
     */
    private static void follow(Grid<?> grid, SerializableConsumer<Boolean> show) {
        Follower earlier = ComponentUtil.getData(grid, Follower.class);
        if (earlier != null) {
            earlier.stop();
        }
        Follower follower = new Follower();
        ComponentUtil.setData(grid, Follower.class, follower);
        follower.attach = grid.addAttachListener(attach -> follower.start(attach.getUI(), show));
        follower.detach = grid.addDetachListener(detach -> follower.stopResize());
        grid.getUI().ifPresent(ui -> follower.start(ui, show));
    }

    /** The listeners that keep one grid's columns in step with the window. */
    private static final class Follower implements java.io.Serializable {
        private Registration attach;
        private Registration detach;
        private Registration resize;

        void start(UI ui, SerializableConsumer<Boolean> show) {
            stopResize();
            ui.getPage().retrieveExtendedClientDetails(details -> show.accept(phone(details.getWindowInnerWidth())));
            resize = ui.getPage().addBrowserWindowResizeListener(e -> show.accept(phone(e.getWidth())));
        }

        void stopResize() {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        }

        void stop() {
            attach.remove();
            detach.remove();
            stopResize();
        }
    }

    private static boolean phone(int windowWidth) {
        return windowWidth > 0 && windowWidth <= PHONE_MAX_WIDTH;
    }
}
