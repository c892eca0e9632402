package org.imc.platform.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the audit trail keeps of a record before and after a change: the fields that matter, in
 * a fixed order, nulls kept. Each audited entity builds its own with {@link #of} in a method
 * named {@code snapshot()}; small events (a contribution, a role change) use {@link #of} inline.
 */
public final class Snapshot {

    private Snapshot() {}

    /** Field names and values, alternating: {@code Snapshot.of("status", status, "amount", amount)}. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
