package org.imc.platform.directory.ui;

import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.imc.platform.directory.MapLine;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.directory.NetworkMapService;

/**
 * The network on a map, drawn on the server as one SVG: the land outlines of Natural Earth
 * (bundled, no tile server), municipalities as dots (clusters of nearby ones, with their count,
 * when the directory is large) and active partnerships as lines. Each dot and line has a title
 * (shown on hover and read by screen readers); the list next to it stays the accessible way.
 */
public class NetworkMap extends Div {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 500;
    private static final String LAND = land();

    /** What was drawn, for tests. */
    public List<MapPoint> points = List.of();

    public List<MapLine> lines = List.of();

    public NetworkMap(NetworkMapService map) {
        addClassName("imc-map");
        points = map.points();
        lines = map.lines();
        getElement().setProperty("innerHTML", svg());
    }

    String svg() {
        StringBuilder s = new StringBuilder(LAND.length() + 64 * points.size() + 4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(esc(getTranslation(
                        "map.label", points.stream().mapToInt(MapPoint::count).sum(), lines.size())))
                .append("\"><rect width=\"1000\" height=\"500\" fill=\"#eaf2f8\"/>")
                .append("<path fill=\"#d9e3d3\" stroke=\"#b5c3ad\" stroke-width=\"0.5\" d=\"")
                .append(LAND)
                .append("\"/><g class=\"imc-map-lines\" stroke=\"#d9822b\" stroke-width=\"1.6\" fill=\"none\">");
        for (MapLine l : lines) {
            s.append("<line x1=\"")
                    .append(x(l.fromLongitude()))
                    .append("\" y1=\"")
                    .append(y(l.fromLatitude()))
                    .append("\" x2=\"")
                    .append(x(l.toLongitude()))
                    .append("\" y2=\"")
                    .append(y(l.toLatitude()))
                    .append("\"><title>")
                    .append(esc(l.label()))
                    .append("</title></line>");
        }
        s.append("</g><g class=\"imc-map-points\" fill=\"#1f5f8b\" fill-opacity=\"0.8\">");
        for (MapPoint p : points) {
            double r = p.count() == 1 ? 2.5 : Math.min(14, 3 + 2 * Math.log(p.count()));
            s.append("<circle cx=\"")
                    .append(x(p.longitude()))
                    .append("\" cy=\"")
                    .append(y(p.latitude()))
                    .append("\" r=\"")
                    .append(fmt(r))
                    .append("\"><title>")
                    .append(esc(p.count() == 1 ? p.label() : getTranslation("map.cluster", p.count(), p.label())))
                    .append("</title></circle>");
        }
        s.append("</g></svg>");
        return s.toString();
    }

    private static String x(double longitude) {
        return fmt((longitude + 180) / 360 * WIDTH);
    }

    private static String y(double latitude) {
        return fmt((90 - latitude) / 180 * HEIGHT);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String land() {
        try (InputStream in = NetworkMap.class.getClassLoader().getResourceAsStream("maps/land-110m.svgpath")) {
            if (in == null) {
                throw new IllegalStateException("missing maps/land-110m.svgpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
