package org.imc.platform.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a live list last drew, row by row (each row's id and version, or whatever its cells show
 * that can change), so that a live change redraws the list only when what it would show now
 * differs. The user's own action has already redrawn the list; the change feed brings the same
 * change back a moment later, and drawing the rows again then would replace the buttons under a
 * pointer about to click the next one.
 *
 * <p>A lazy grid records its first page where its data provider fetches it ({@link #fetched}) and
 * on a live change calls {@link #refreshIfChanged} with that page read again; a list set in
 * memory sets its rows through {@link #setIfChanged}, for a live change and the user's own action
 * alike.
 *
 * <p>A list whose rows keep their identity ({@link #keyed}) is updated in place instead: only the
 * rows whose shown values differ are drawn again, under the same row keys, and a component
 * column built with an update function ({@code new ComponentRenderer<>(create, update)}, where
 * {@code update} returns the component it was given) keeps its components. A page that many
 * people watch while others act on it (a course's sessions while a crowd enrols) needs this: a
 * click on a button that a live update had replaced would reach a component that no longer
 * exists and be lost.
 *
 * @param <T> the rows
 */
public final class ShownRows<T> implements Serializable {

    private final SerializableFunction<T, ?> shownOfRow;
    /** The row's identity for a list updated in place; null to set the whole list again. */
    private final SerializableFunction<T, ?> idOfRow;

    private List<?> shown;
    private List<?> shownIds;
    /** The rows of a list updated in place: the grid's data provider reads this list. */
    private final ArrayList<T> items = new ArrayList<>();
    /** How many rows a lazy grid fetched first (its first page). */
    private int firstLimit;

    /**
     * @param shownOfRow what of a row its cells show and another user may change, compared with
     *                   {@code equals}: e.g. {@code a -> a.getId() + ":" + a.getVersion()}
     */
    public ShownRows(SerializableFunction<T, ?> shownOfRow) {
        this(shownOfRow, null);
    }

    private ShownRows(SerializableFunction<T, ?> shownOfRow, SerializableFunction<T, ?> idOfRow) {
        this.shownOfRow = Objects.requireNonNull(shownOfRow);
        this.idOfRow = idOfRow;
    }

    /**
     * Rows in memory that keep their identity ({@code idOfRow}, e.g. the session's id) while
     * what they show changes: {@link #setIfChanged} updates them in place.
     */
    public static <T> ShownRows<T> keyed(SerializableFunction<T, ?> shownOfRow, SerializableFunction<T, ?> idOfRow) {
        return new ShownRows<>(shownOfRow, Objects.requireNonNull(idOfRow));
    }

    /** Records {@code rows} as drawn now; returns them. */
    public List<T> drawn(List<T> rows) {
        shown = shownOf(rows);
        if (idOfRow != null) {
            // a list set by hand (not through setIfChanged) is set in full: compared anew next time
            shownIds = null;
        }
        return rows;
    }

    /** Whether {@code rows} differ from the rows drawn last (always, before anything was drawn). */
    public boolean differ(List<T> rows) {
        return shown == null || !shown.equals(shownOf(rows));
    }

    /**
     * Whether a {@link #keyed} list shows the same rows, in the same order, as {@code rows} (so
     * that {@link #setIfChanged} would update them in place, keeping the grid's selection).
     */
    public boolean sameRows(List<T> rows) {
        return idOfRow != null && rows.stream().map(idOfRow).toList().equals(shownIds);
    }

    /**
     * For a lazy grid's data provider: records the rows fetched if they are the first page;
     * returns them.
     */
    public List<T> fetched(Query<T, ?> query, List<T> rows) {
        if (query.getOffset() == 0) {
            firstLimit = query.getLimit();
            drawn(rows);
        }
        return rows;
    }

    /**
     * A lazy grid whose data provider records its first page ({@link #fetched}): refreshes it if
     * that page, read again now ({@code firstRows} gets the number of rows to read), differs.
     * Returns whether it did.
     */
    public boolean refreshIfChanged(Grid<T> grid, SerializableFunction<Integer, List<T>> firstRows) {
        int limit = firstLimit > 0 ? firstLimit : grid.getPageSize();
        if (differ(firstRows.apply(limit))) {
            grid.getDataProvider().refreshAll();
            return true;
        }
        return false;
    }

    /** A grid with its rows in memory: sets {@code rows}, whatever was shown before. */
    public void set(Grid<T> grid, List<T> rows) {
        set(grid, rows, shownOf(rows));
    }

    /**
     * A grid with its rows in memory: sets {@code rows} if they differ from those shown. A
     * {@link #keyed} list with the same rows in the same order has only its differing rows
     * drawn again, in place. Returns whether anything was drawn.
     */
    public boolean setIfChanged(Grid<T> grid, List<T> rows) {
        // what each row shows is read once: it may cost a query per row (the learner's own status)
        List<?> now = shownOf(rows);
        if (shown != null && shown.equals(now)) {
            return false;
        }
        if (!sameRows(rows)) {
            set(grid, rows, now);
            return true;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!now.get(i).equals(shown.get(i))) {
                items.set(i, rows.get(i));
                grid.getDataProvider().refreshItem(rows.get(i));
            }
        }
        shown = now;
        return true;
    }

    private void set(Grid<T> grid, List<T> rows, List<?> now) {
        shown = now;
        if (idOfRow == null) {
            grid.setItems(rows);
            return;
        }
        items.clear();
        items.addAll(rows);
        grid.setItems(items).setIdentifierProvider(idOfRow::apply);
        shownIds = rows.stream().map(idOfRow).toList();
    }

    private List<?> shownOf(List<T> rows) {
        return rows.stream().map(shownOfRow).toList();
    }
}
