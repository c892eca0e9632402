package org.imc.platform.fund.ui;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Server-side bar charts (JFreeChart, LGPL) rendered to PNG: no front-end build or JavaScript
 * chart library needed. Every chart is shown next to a table of the same figures.
 */
final class Charts {

    private static final Color[] SERIES = {new Color(0x1f5f8b), new Color(0xd9822b), new Color(0x5a9e4b)};

    private Charts() {}

    static byte[] bars(
            DefaultCategoryDataset data, String valueLabel, boolean horizontal, int width, int height, Locale locale) {
        JFreeChart chart = new JFreeChart(
                null,
                new Font("DejaVu Sans", Font.PLAIN, 12),
                plot(data, valueLabel, horizontal, locale),
                data.getRowCount() > 1);
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
}
