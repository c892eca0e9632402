package org.imc.platform.learning;

import org.imc.platform.base.SubProgramme;

/** What the catalogue is filtered by; null or blank means "any". */
public record CourseFilter(String text, SubProgramme subProgramme, CourseFormat format, CourseLanguage language) {

    public static CourseFilter none() {
        return new CourseFilter(null, null, null, null);
    }
}
