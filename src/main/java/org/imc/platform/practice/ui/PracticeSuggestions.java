package org.imc.platform.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.practice.PracticeService;
import org.imc.platform.practice.PracticeSummary;

/**
 * "Municipalities that did this before": published practices of a sub-programme, shown where a
 * municipality faces it (the partner finder, the fund application form).
 */
public class PracticeSuggestions extends Div {

    private static final int SHOWN = 3;

    private final transient PracticeService practices;
    public final UnorderedList list = new UnorderedList();

    public PracticeSuggestions(PracticeService practices) {
        this.practices = practices;
        addClassName("imc-practice-suggestions");
        setVisible(false);
    }

    /** Shows the practices of this sub-programme (nothing for none). */
    public void show(SubProgramme sub) {
        removeAll();
        list.removeAll();
        if (sub == null) {
            setVisible(false);
            return;
        }
        List<PracticeSummary> found = practices.ofSubProgramme(sub, SHOWN);
        add(new H3(getTranslation("practice.suggestions.title", getTranslation(sub.labelKey()))));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("practice.suggestions.none")));
        } else {
            found.forEach(p -> list.add(new ListItem(
                    new Anchor("practices/" + p.id(), p.title()),
                    new com.vaadin.flow.component.Text(" — " + p.country()))));
            add(list);
        }
        add(new Anchor("practices?sub=" + sub.name(), getTranslation("practice.suggestions.all")));
        setVisible(true);
    }
}
