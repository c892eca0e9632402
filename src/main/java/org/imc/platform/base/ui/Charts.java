package org.imc.platform.base.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import org.imc.platform.base.Language;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Server-side bar charts (JFreeChart, LGPL) rendered to PNG: no front-end build or JavaScript
 * chart library needed. Every chart is shown next to a table of the same figures. Labels use the
 * bundled Noto Sans (Latin letters with accents); on Arabic pages Java's logical sans-serif font,
 * whose fallback chain mixes Arabic labels with Latin country names (no single bundled font
 * carries both). In Arabic the chart is mirrored: value axis on the right, horizontal bars
 * growing to the left from categories on the right.
 */
public final class Charts {

    private static final Color[] SERIES = {new Color(0x1f5f8b), new Color(0xd9822b), new Color(0x5a9e4b)};
    private static final Font LATIN = bundled("fonts/NotoSans-Regular.ttf");
    private static final Font ARABIC = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() {}

    public static byte[] bars(
            DefaultCategoryDataset data, String valueLabel, boolean horizontal, int width, int height, Locale locale) {
        boolean rtl = Language.of(locale).rightToLeft();
        Font font = rtl ? ARABIC : LATIN;
        JFreeChart chart = new JFreeChart(
                null, font.deriveFont(12f), plot(data, valueLabel, horizontal, locale), data.getRowCount() > 1);
        StandardChartTheme theme = new StandardChartTheme("imc");
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(font.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(font.deriveFont(12f));
        theme.setSmallFont(font.deriveFont(11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int i = 0; i < SERIES.length; i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES[i]);
        }
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        if (rtl && horizontal) {
            plot.getRangeAxis().setInverted(true);
            plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        } else if (rtl) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CategoryPlot plot(
            DefaultCategoryDataset data, String valueLabel, boolean horizontal, Locale locale) {
        NumberAxis values = new NumberAxis(valueLabel);
        // whole-number ticks only: a count axis never shows 0, 0, 1, 2, 2 from rounded halves
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        org.jfree.chart.axis.CategoryAxis categories = new org.jfree.chart.axis.CategoryAxis();
        categories.setMaximumCategoryLabelLines(2);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        return plot;
    }

    private static Font bundled(String resource) {
        try (InputStream in = Charts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read font " + resource, e);
        }
    }
}
