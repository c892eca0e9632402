package org.imc.platform.sdg;

/**
 * One SDG target ("6.1") of one of the 17 goals, with its short title (reference data in
 * {@code sdg_target}; the goals' names are translated, the targets' short titles are English).
 */
public record SdgTarget(String code, int goal, String title) {

    /** The bundle key of the goal's name. */
    public String goalKey() {
        return SdgService.goalKey(goal);
    }
}
