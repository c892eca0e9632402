package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningAction;
import org.imc.platform.twinning.TwinningService;

/** Asks for the reason of a rejection or refusal, or the closing summary, then acts. */
class TextDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button confirm = new Button();

    TextDialog(
            TwinningService service,
            Twinning twinning,
            TwinningAction action,
            String title,
            Consumer<Twinning> onDone) {
        UI ui = UI.getCurrent();
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        text.setLabel(ui.getTranslation(action.textLabelKey()));
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(action.textMax());
        text.setWidthFull();
        text.setMinHeight("6em");
        add(text);
        confirm.setText(ui.getTranslation(action.labelKey()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            String value = text.getValue() == null ? "" : text.getValue().trim();
            // the service checks the same; saying it next to the field spares a round trip
            String problem = value.isEmpty()
                    ? action.textRequiredKey()
                    : FreeText.isPlain(value) ? null : "validation.plain-text";
            if (problem != null) {
                text.setInvalid(true);
                text.setErrorMessage(ui.getTranslation(problem));
                return;
            }
            UserMessages.attemptToGet(() -> service.perform(twinning.getId(), twinning.getVersion(), action, value))
                    .ifPresent(done -> {
                        close();
                        onDone.accept(done);
                    });
        });
        getFooter().add(new Button(ui.getTranslation("action.cancel"), e -> close()), confirm);
    }
}
