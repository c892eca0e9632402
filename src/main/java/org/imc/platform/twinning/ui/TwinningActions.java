package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningAction;
import org.imc.platform.twinning.TwinningService;

import java.util.Map;
import java.util.function.Consumer;

/** The buttons for what the signed-in user may do on a twinning right now. */
final class TwinningActions {

    private TwinningActions() {
    }

    static HorizontalLayout buttons(TwinningService service, Twinning t, Map<Long, MunicipalityName> names,
                                    Consumer<Twinning> onDone) {
        UI ui = UI.getCurrent();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("imc-actions");
        String proposer = name(names, t.getProposerId());
        String partner = name(names, t.getPartnerId());
        for (TwinningAction action : service.allowedActions(t)) {
            String label = ui.getTranslation(action.labelKey());
            Button button = new Button(label);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    action == TwinningAction.REJECT || action == TwinningAction.DECLINE || action == TwinningAction.WITHDRAW
                            ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            button.setAriaLabel(ui.getTranslation("twinning.action.aria", label, proposer, partner));
            button.addClickListener(e -> {
                if (action.needsText()) {
                    new TextDialog(service, t, action, ui.getTranslation("twinning.action.aria", label, proposer, partner),
                            done -> {
                                UserMessages.showSuccess("twinning.action.done", label, proposer, partner);
                                onDone.accept(done);
                            }).open();
                    return;
                }
                try {
                    Twinning done = service.perform(t.getId(), action, null);
                    UserMessages.showSuccess("twinning.action.done", label, proposer, partner);
                    onDone.accept(done);
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                    onDone.accept(null);
                }
            });
            actions.add(button);
        }
        return actions;
    }

    static String name(Map<Long, MunicipalityName> names, Long id) {
        MunicipalityName name = names.get(id);
        return name == null ? "#" + id : name.name();
    }
}
