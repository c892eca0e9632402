package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.imc.platform.base.Language;

/**
 * Chooses the language of the platform (on the sign-in page and in the header). Each language is
 * named in itself and marked with its own {@code lang}, so screen readers pronounce it right;
 * choosing one keeps it (on the account once signed in) and draws the page anew.
 */
public class LanguagePicker extends Select<Language> {

    public LanguagePicker(LanguagePreference accounts) {
        addClassName("imc-language");
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setRenderer(new ComponentRenderer<>(language -> {
            Span name = new Span(language.nativeName());
            name.getElement().setAttribute("lang", language.tag());
            return name;
        }));
        setValue(UiLanguage.current());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != e.getOldValue()) {
                getUI().ifPresent(ui -> UiLanguage.choose(ui, e.getValue(), accounts));
            }
        });
    }
}
