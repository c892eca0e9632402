package org.imc.platform.sdg;

/**
 * One SDG target ("6.1") of one of the 17 goals, with its short title (reference data in
 * {@code sdg_target}, in English; the goals' names and the targets' short titles are translated in
 * the bundles as {@code sdg.goal.N} and {@code sdg.target.CODE}).
 */
public record SdgTarget(String code, int goal, String title) {

    /** The bundle key of the target's short title ("sdg.target.6.1"). */
    public String titleKey() {
        return "sdg.target." + code;
    }

    /** The bundle key of the goal's name. */
    public String goalKey() {
        return SdgService.goalKey(goal);
    }
}
