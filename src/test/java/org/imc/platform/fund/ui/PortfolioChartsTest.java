package org.imc.platform.fund.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.imc.platform.fund.Capital;
import org.imc.platform.fund.Portfolio;
import org.junit.jupiter.api.Test;

/** A chart is drawn once per figures and language, and again only when the figures change. */
class PortfolioChartsTest {

    private final PortfolioCharts charts = new PortfolioCharts();
    private final AtomicInteger drawings = new AtomicInteger();

    @Test
    void aChartIsDrawnOncePerFiguresAndLanguage() {
        Portfolio figures = portfolio("1000.00");

        byte[] first = charts.png(figures, "by-country", Locale.ENGLISH, this::draw);
        byte[] again = charts.png(portfolio("1000.00"), "by-country", Locale.ENGLISH, this::draw);
        charts.png(figures, "by-country", Locale.FRENCH, this::draw);
        charts.png(figures, "by-bucket", Locale.ENGLISH, this::draw);

        assertThat(again).isSameAs(first);
        assertThat(drawings).hasValue(3);
    }

    @Test
    void newFiguresAreDrawnAgain() {
        byte[] before = charts.png(portfolio("1000.00"), "by-country", Locale.ENGLISH, this::draw);
        byte[] after = charts.png(portfolio("1500.00"), "by-country", Locale.ENGLISH, this::draw);

        assertThat(after).isNotSameAs(before);
        assertThat(drawings).hasValue(2);
    }

    private byte[] draw() {
        return new byte[] {(byte) drawings.incrementAndGet()};
    }

    private static Portfolio portfolio(String disbursed) {
        BigDecimal amount = new BigDecimal(disbursed);
        return new Portfolio(
                new Capital(amount, BigDecimal.ZERO, BigDecimal.ZERO),
                amount,
                amount,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                amount,
                BigDecimal.ZERO,
                1,
                1,
                Map.of(),
                List.of(),
                List.of());
    }
}
