package org.imc.platform.workplan.ui;

import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.stream.Collectors;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.SdgTarget;

/** How an SDG target reads on a page: its code, its short title and the goal's translated name. */
public final class SdgLabels {

    private SdgLabels() {}

    public static String target(SdgService sdgs, String code) {
        SdgTarget t = sdgs.target(code);
        if (t == null) {
            return code;
        }
        return code + " " + t.title() + " (" + UI.getCurrent().getTranslation(t.goalKey()) + ")";
    }

    /** Codes only, for a compact column ("6.1, 6.2"). */
    public static String codes(Collection<String> codes) {
        return codes.stream().collect(Collectors.joining(", "));
    }
}
