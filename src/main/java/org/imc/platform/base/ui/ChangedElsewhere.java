package org.imc.platform.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Said over a form that is open while someone else changed its record: what was typed stays
 * until the user chooses to reload (saving the old copy would be refused as out of date).
 */
public class ChangedElsewhere extends Div {

    public ChangedElsewhere(SerializableRunnable reload) {
        addClassName("imc-changed-elsewhere");
        getElement().setAttribute("role", "alert");
        Button button = new Button(getTranslation("live.reload"), e -> reload.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        button.addClassName("imc-reload");
        add(new Span(getTranslation("live.changed-elsewhere")), button);
    }
}
