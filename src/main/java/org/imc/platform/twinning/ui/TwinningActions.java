package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningAction;
import org.imc.platform.twinning.TwinningService;

/** The buttons for what the signed-in user may do on a twinning right now. */
final class TwinningActions {

    private TwinningActions() {}

    /**
     * One button per allowed action; {@code onDone} gets the changed twinning, or null when the
     * action was refused (the user has read why), so the opener shows the current state.
     */
    static HorizontalLayout buttons(
            TwinningService service, Twinning t, Map<Long, MunicipalityName> names, Consumer<Twinning> onDone) {
        UI ui = UI.getCurrent();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("imc-actions");
        String proposer = name(names, t.getProposerMunicipalityId());
        String partner = name(names, t.getPartnerMunicipalityId());
        for (TwinningAction action : service.allowedActions(t)) {
            String label = ui.getTranslation(action.labelKey());
            Button button = new Button(label);
            button.addThemeVariants(
                    ButtonVariant.LUMO_SMALL,
                    action == TwinningAction.REJECT
                                    || action == TwinningAction.DECLINE
                                    || action == TwinningAction.WITHDRAW
                            ? ButtonVariant.LUMO_ERROR
                            : ButtonVariant.LUMO_PRIMARY);
            button.setAriaLabel(ui.getTranslation("twinning.action.aria", label, proposer, partner));
            button.addClickListener(e -> {
                if (action.needsText()) {
                    new TextDialog(
                                    service,
                                    t,
                                    action,
                                    ui.getTranslation("twinning.action.aria", label, proposer, partner),
                                    done -> {
                                        UserMessages.showSuccess("twinning.action.done", label, proposer, partner);
                                        onDone.accept(done);
                                    })
                            .open();
                    return;
                }
                Optional<Twinning> done =
                        UserMessages.attemptToGet(() -> service.perform(t.getId(), t.getVersion(), action, null));
                done.ifPresent(d -> UserMessages.showSuccess("twinning.action.done", label, proposer, partner));
                onDone.accept(done.orElse(null));
            });
            actions.add(button);
        }
        return actions;
    }

    static String name(Map<Long, MunicipalityName> names, Long municipalityId) {
        MunicipalityName name = names.get(municipalityId);
        return name == null ? "#" + municipalityId : name.name();
    }
}
