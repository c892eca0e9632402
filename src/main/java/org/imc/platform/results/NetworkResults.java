package org.imc.platform.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The network's results at one moment: totals, the four breakdowns, indicators by unit and the
 * active partnerships. Holds no personal data (no names of people), so it is also the public
 * page's content.
 */
public record NetworkResults(
        Figures totals,
        Map<Dimension, List<ResultRow>> breakdowns,
        List<IndicatorTotal> indicators,
        List<ActivePartnership> partnerships,
        long activeAgreements,
        long publishedPractices,
        List<PublishedPractice> latestPractices,
        Instant computedAt) {

    public List<ResultRow> by(Dimension dimension) {
        return breakdowns.getOrDefault(dimension, List.of());
    }
}
