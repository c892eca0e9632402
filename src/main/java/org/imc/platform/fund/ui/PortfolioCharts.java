package org.imc.platform.fund.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.imc.platform.fund.Portfolio;
import org.springframework.stereotype.Component;

/**
 * The portfolio's charts, drawn once per set of figures and language and then served to every
 * officer who opens the page: drawing them (three PNGs, the country chart several thousand pixels
 * tall) was most of the page's server time. New figures replace every chart drawn for the old
 * ones. One chart is drawn at a time, so a crowd opening the page draws each chart once.
 */
@Component
class PortfolioCharts {

    private record Key(String chart, Locale locale) {}

    private Portfolio drawnFor;
    private final Map<Key, byte[]> drawn = new HashMap<>();

    /** The PNG of {@code chart} for {@code figures} in {@code locale}, drawn by {@code draw} if not yet drawn. */
    synchronized byte[] png(Portfolio figures, String chart, Locale locale, Supplier<byte[]> draw) {
        if (!figures.equals(drawnFor)) {
            drawn.clear();
            drawnFor = figures;
        }
        return drawn.computeIfAbsent(new Key(chart, locale), key -> draw.get());
    }
}
