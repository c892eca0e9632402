package org.imc.platform.practice;

/** What can happen to a practice on its way to publication. */
public enum PracticeAction {
    /** The author asks for review (from a draft or a returned practice). */
    SUBMIT,
    /** A liaison publishes it. */
    PUBLISH,
    /** A liaison sends it back to the author with comments. */
    RETURN;

    public String labelKey() {
        return "practice.action." + name();
    }
}
