package org.imc.platform.results;

import java.util.function.Function;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.sdg.SdgService;

/** How the results are broken down. */
public enum Dimension {
    SDG,
    SUB_PROGRAMME,
    COUNTRY,
    YEAR;

    public String labelKey() {
        return "results.dimension." + name();
    }

    /** How a key of this breakdown reads, with {@code t} giving a bundle text (pages and views alike). */
    public String keyLabel(String key, Function<String, String> t) {
        if (key.isEmpty()) {
            return t.apply(this == SDG ? "results.key.untagged" : "results.key.none");
        }
        return switch (this) {
            case SDG -> key + " " + t.apply(SdgService.goalKey(Integer.parseInt(key)));
            case SUB_PROGRAMME -> t.apply(SubProgramme.valueOf(key).labelKey());
            case COUNTRY, YEAR -> key;
        };
    }
}
