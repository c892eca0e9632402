package org.imc.platform.base.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The edit dialog open on a live page, and how to tell whether its record changed since it
 * opened. A page that follows its record's topic calls {@link #warnIfChanged} when the topic
 * changed: if the record's version is no longer the one the dialog was opened on (or the record
 * is gone), the dialog says so at once and offers to reopen on the current record; what was
 * typed stays until the user chooses (a save of the old copy meets the version check anyway).
 *
 * <p>One per page (or per section that opens dialogs): opening another dialog replaces the one
 * remembered; a closed dialog is forgotten at the next check.
 */
public final class OpenEditor implements Serializable {

    private record Open(
            EditorDialog<?> dialog,
            long version,
            SerializableSupplier<Optional<Long>> currentVersion,
            SerializableRunnable reopen) {}

    private Open open;

    /**
     * Opens {@code dialog}, on a record of {@code version}.
     *
     * @param currentVersion reads the record's version now through its service (empty: gone)
     * @param reopen         opens the dialog again on the current record
     */
    public void open(
            EditorDialog<?> dialog,
            long version,
            SerializableSupplier<Optional<Long>> currentVersion,
            SerializableRunnable reopen) {
        open = new Open(
                Objects.requireNonNull(dialog),
                version,
                Objects.requireNonNull(currentVersion),
                Objects.requireNonNull(reopen));
        dialog.open();
    }

    /** The dialog open now, if any. */
    public Optional<EditorDialog<?>> dialog() {
        Open now = open;
        return now != null && now.dialog().isOpened() ? Optional.of(now.dialog()) : Optional.empty();
    }

    /**
     * If the open dialog's record changed (or was removed) since it opened, the dialog says so.
     * Call it when the page learns of a change, before it redraws.
     */
    public void warnIfChanged() {
        Open now = open;
        if (now == null || !now.dialog().isOpened()) {
            open = null;
            return;
        }
        Optional<Long> version = now.currentVersion().get();
        if (version.isEmpty() || version.get() != now.version()) {
            now.dialog().showChangedElsewhere(now.reopen());
        }
    }
}
