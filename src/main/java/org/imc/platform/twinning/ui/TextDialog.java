package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningAction;
import org.imc.platform.twinning.TwinningService;

import java.util.function.Consumer;

/** Asks for the reason of a rejection or refusal, or the closing summary, then acts. */
class TextDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button confirm = new Button();

    TextDialog(TwinningService service, Twinning twinning, TwinningAction action, String title, Consumer<Twinning> onDone) {
        UI ui = UI.getCurrent();
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        int max = action == TwinningAction.CONCLUDE ? TwinningService.SUMMARY_MAX : TwinningService.REASON_MAX;
        text.setLabel(ui.getTranslation(action == TwinningAction.CONCLUDE ? "twinning.action.summary" : "twinning.action.reason"));
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(max);
        text.setWidthFull();
        text.setMinHeight("6em");
        add(text);
        confirm.setText(ui.getTranslation(action.labelKey()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            String value = text.getValue() == null ? "" : text.getValue().trim();
            if (value.isEmpty()) {
                text.setInvalid(true);
                text.setErrorMessage(ui.getTranslation(action == TwinningAction.CONCLUDE
                        ? "twinning.error.summary-required" : "twinning.error.reason-required"));
                return;
            }
            try {
                Twinning done = service.perform(twinning.getId(), action, value);
                close();
                onDone.accept(done);
            } catch (RuntimeException ex) {
                text.setInvalid(true);
                text.setErrorMessage(UserMessages.explain(ex));
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button(ui.getTranslation("action.cancel"), e -> close()), confirm);
    }
}
