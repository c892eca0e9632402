package org.imc.platform.sdg.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.stream.Collectors;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.SdgTarget;

/** How an SDG target reads on a page: its code, its translated short title and the goal's translated name. */
public final class SdgLabels {

    private SdgLabels() {}

    public static String target(SdgService sdgs, String code) {
        SdgTarget t = sdgs.target(code);
        if (t == null) {
            return code;
        }
        return code + " " + title(t) + " (" + UI.getCurrent().getTranslation(t.goalKey()) + ")";
    }

    /** The target's short title in the page's language; the reference data's English one for a target without a text. */
    public static String title(SdgTarget t) {
        String translated = UI.getCurrent().getTranslation(t.titleKey());
        return translated.startsWith("!") ? t.title() : translated;
    }

    /** A goal's number and name ("6 Clean water and sanitation"). */
    public static String goal(int goal) {
        return goal + " " + UI.getCurrent().getTranslation(SdgService.goalKey(goal));
    }

    /** Codes only, for a compact column ("6.1, 6.2"). */
    public static String codes(Collection<String> codes) {
        return codes.stream().collect(Collectors.joining(", "));
    }

    /** The picker of SDG targets (values are target codes). */
    public static MultiSelectComboBox<String> picker(SdgService sdgs) {
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>();
        picker.setLabel(picker.getTranslation("sdg.targets"));
        picker.setItems(sdgs.targets().stream().map(SdgTarget::code).toList());
        picker.setItemLabelGenerator(code -> target(sdgs, code));
        return picker;
    }
}
