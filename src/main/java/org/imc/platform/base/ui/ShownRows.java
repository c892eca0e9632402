package org.imc.platform.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
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
 * @param <T> the rows
 */
public final class ShownRows<T> implements Serializable {

    private final SerializableFunction<T, ?> shownOfRow;
    private List<?> shown;
    /** How many rows a lazy grid fetched first (its first page). */
    private int firstLimit;

    /**
     * @param shownOfRow what of a row its cells show and another user may change, compared with
     *                   {@code equals}: e.g. {@code a -> a.getId() + ":" + a.getVersion()}
     */
    public ShownRows(SerializableFunction<T, ?> shownOfRow) {
        this.shownOfRow = Objects.requireNonNull(shownOfRow);
    }

    /** Records {@code rows} as drawn now; returns them. */
    public List<T> drawn(List<T> rows) {
        shown = shownOf(rows);
        return rows;
    }

    /** Whether {@code rows} differ from the rows drawn last (always, before anything was drawn). */
    public boolean differ(List<T> rows) {
        return shown == null || !shown.equals(shownOf(rows));
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

    /** A grid with its rows in memory: sets {@code rows} if they differ from those shown. */
    public boolean setIfChanged(Grid<T> grid, List<T> rows) {
        if (differ(rows)) {
            grid.setItems(drawn(rows));
            return true;
        }
        return false;
    }

    private List<?> shownOf(List<T> rows) {
        return rows.stream().map(shownOfRow).toList();
    }
}
