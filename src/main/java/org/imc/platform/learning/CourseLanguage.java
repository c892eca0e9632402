package org.imc.platform.learning;

/** Languages courses are taught in. Labels: {@code learning.language.NAME}. */
public enum CourseLanguage {
    ENGLISH,
    FRENCH,
    SPANISH,
    PORTUGUESE,
    ARABIC;

    public String labelKey() {
        return "learning.language." + name();
    }
}
