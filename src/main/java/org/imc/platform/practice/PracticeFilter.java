package org.imc.platform.practice;

import org.imc.platform.base.Language;
import org.imc.platform.base.SubProgramme;

/** What the library is searched for: words (ranked full-text) and filters, any of them empty. */
public record PracticeFilter(
        String words, SubProgramme subProgramme, String country, Language language, String sdgTarget) {

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null, null);
    }
}
