package org.imc.platform.learning;

/** How a course is delivered. Labels: {@code learning.format.NAME}. */
public enum CourseFormat {
    SELF_PACED,
    LIVE_ONLINE;

    public String labelKey() {
        return "learning.format." + name();
    }
}
