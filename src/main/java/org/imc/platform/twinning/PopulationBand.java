package org.imc.platform.twinning;

/** Population bands the partner finder filters on: from (inclusive) to (exclusive). */
public enum PopulationBand {
    UNDER_100K(0, 100_000),
    FROM_100K_TO_500K(100_000, 500_000),
    FROM_500K_TO_2M(500_000, 2_000_000),
    OVER_2M(2_000_000, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    PopulationBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public String labelKey() {
        return "twinning.band." + name();
    }
}
