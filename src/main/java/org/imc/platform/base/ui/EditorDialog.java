package org.imc.platform.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.function.Consumer;
import org.imc.platform.base.BusinessException;

/**
 * A form in a dialog with Cancel and Save. Save validates first (messages next to the fields),
 * then calls the service; a refusal keeps the dialog open with the reason, a success closes it.
 *
 * @param <T> what the service returns on success
 */
public abstract class EditorDialog<T> extends Dialog {

    private final Button save = new Button();
    private ChangedElsewhere changedElsewhere;

    protected EditorDialog(String title, String width) {
        setHeaderTitle(title);
        setWidth(width);
        setCloseOnOutsideClick(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    public Button saveButton() {
        return save;
    }

    /**
     * Says above the form that someone else changed its record meanwhile (once); its button
     * closes this dialog and runs {@code reopen}, which opens the form again on the current
     * record. What was typed stays until then.
     */
    public void showChangedElsewhere(SerializableRunnable reopen) {
        if (changedElsewhere == null) {
            changedElsewhere = new ChangedElsewhere(() -> {
                close();
                reopen.run();
            });
            addComponentAsFirst(changedElsewhere);
        }
    }

    /** Whether {@link #showChangedElsewhere} was called (for tests). */
    public boolean saysChangedElsewhere() {
        return changedElsewhere != null;
    }

    /**
     * @param valid      validates every field, showing messages; false stops the save
     * @param action     calls the service
     * @param successKey translation key of the confirmation, filled by {@code successArg}
     * @param onSaved    what the opener does with the saved result
     */
    protected void onSave(
            SerializableSupplier<Boolean> valid,
            SerializableSupplier<T> action,
            String successKey,
            SerializableFunction<T, String> successArg,
            Consumer<T> onSaved) {
        save.addClickListener(e -> {
            if (!Boolean.TRUE.equals(valid.get())) {
                UserMessages.showError(new BusinessException("error.form-invalid"));
                return;
            }
            T saved = UserMessages.attemptToGet(action).orElse(null);
            if (saved == null) {
                return;
            }
            UserMessages.showSuccess(successKey, successArg.apply(saved));
            close();
            onSaved.accept(saved);
        });
    }

    /**
     * Save for a form bound to a record ({@code …Data}): validates every field (and {@code
     * alsoValid}, for a field outside the record), builds the record from the fields and hands it
     * to the service.
     */
    protected <R extends Record> void onSave(
            Binder<R> binder,
            SerializableSupplier<Boolean> alsoValid,
            SerializableFunction<R, T> action,
            String successKey,
            SerializableFunction<T, String> successArg,
            Consumer<T> onSaved) {
        onSave(
                () -> binder.validate().isOk() && Boolean.TRUE.equals(alsoValid.get()),
                () -> action.apply(written(binder)),
                successKey,
                successArg,
                onSaved);
    }

    private static <R extends Record> R written(Binder<R> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            // validated just before; a failure here is a programming error, not the user's
            throw new IllegalStateException(e);
        }
    }
}
