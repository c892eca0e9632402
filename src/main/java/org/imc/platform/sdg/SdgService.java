package org.imc.platform.sdg;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imc.platform.base.BusinessException;
import org.springframework.stereotype.Service;

/**
 * The SDG targets (reference data, read once: a new target is a Liquibase change set and a
 * restart). Anyone may read them, also the public results page, so no method needs a sign-in.
 */
@Service
public class SdgService {

    public static final int GOALS = 17;

    private final SdgQueries queries;
    private volatile Map<String, SdgTarget> byCode;

    SdgService(SdgQueries queries) {
        this.queries = queries;
    }

    /** Every target, by goal and then in the UN's order. */
    public List<SdgTarget> targets() {
        return List.copyOf(all().values());
    }

    /** The target with this code, or {@code null}. */
    public SdgTarget target(String code) {
        return all().get(code);
    }

    /** Refuses codes that are not SDG targets; returns them sorted in the UN's order. */
    public Set<String> requireKnown(Collection<String> codes) {
        Map<String, SdgTarget> all = all();
        Set<String> sorted = new TreeSet<>(SdgService::compareCodes);
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!all.containsKey(code)) {
                throw new BusinessException("sdg.error.unknown", code);
            }
            sorted.add(code);
        }
        return sorted;
    }

    /** The bundle key of a goal's name ("sdg.goal.6"). */
    public static String goalKey(int goal) {
        return "sdg.goal." + goal;
    }

    /** The goal number of a target code ("6.1" → 6). */
    public static int goalOf(String code) {
        return Integer.parseInt(code.substring(0, code.indexOf('.')));
    }

    /** Orders "6.2" before "6.10" and "6.a" after both. */
    public static int compareCodes(String a, String b) {
        int byGoal = Integer.compare(goalOf(a), goalOf(b));
        if (byGoal != 0) {
            return byGoal;
        }
        String ta = a.substring(a.indexOf('.') + 1);
        String tb = b.substring(b.indexOf('.') + 1);
        boolean na = ta.chars().allMatch(Character::isDigit);
        boolean nb = tb.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(ta), Integer.parseInt(tb));
        }
        return na ? -1 : nb ? 1 : ta.compareTo(tb);
    }

    private Map<String, SdgTarget> all() {
        Map<String, SdgTarget> known = byCode;
        if (known == null) {
            Map<String, SdgTarget> loaded = new LinkedHashMap<>();
            queries.targets().forEach(t -> loaded.put(t.code(), t));
            known = java.util.Collections.unmodifiableMap(loaded);
            byCode = known;
        }
        return known;
    }
}
