package org.imc.platform.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MapLine;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.directory.NetworkMapService;

/**
 * The network on a map, drawn on the server as one SVG: the land outlines of Natural Earth
 * (bundled, no tile server), municipalities as dots (clusters of nearby ones, with their count,
 * when many are in view), active partnerships as lines and, for fund officers, loans as squares.
 * Buttons zoom in and out, move the view and choose a country (keyboard reachable, labelled);
 * each change draws the SVG again for the new area, with clusters on that zoom's grid. Each mark
 * has a title (shown on hover and read by screen readers); a legend explains the marks, the page's
 * list stays the accessible way to the municipalities, and the loans have their own list. A
 * cluster is a button inside the drawing: a click, or Enter once the Tab key has reached it, zooms
 * into its grid cell.
 */
public class NetworkMap extends Div {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 500;
    private static final String LAND = land();

    private final transient Function<MapArea, List<MapPoint>> places;
    private final transient Function<MapArea, List<MapPoint>> loanPlaces;
    private final transient NetworkMapService service;
    private final boolean lineLayer;

    /** The area shown. */
    public MapArea area = MapArea.WORLD;

    /** What was drawn, for tests. */
    public List<MapPoint> points = List.of();

    public List<MapLine> lines = List.of();

    /** Loans by location (fund officers only; empty for everyone else). */
    public List<MapPoint> loans = List.of();

    public final Button zoomIn = control(VaadinIcon.PLUS, "map.zoom-in");
    public final Button zoomOut = control(VaadinIcon.MINUS, "map.zoom-out");
    public final Button west = control(VaadinIcon.ARROW_LEFT, "map.west");
    public final Button north = control(VaadinIcon.ARROW_UP, "map.north");
    public final Button south = control(VaadinIcon.ARROW_DOWN, "map.south");
    public final Button east = control(VaadinIcon.ARROW_RIGHT, "map.east");
    public final Button world = new Button();
    public final ComboBox<String> country = new ComboBox<>();

    /** The SVG's container, which hears clicks and Enter on a cluster. */
    final Div drawing = new Div();

    private final Span status = new Span();
    private final UnorderedList loanList = new UnorderedList();

    /**
     * @param places the municipalities to draw in an area (clustered by the source on the area's grid)
     * @param lines the lines to draw (null: no line layer, and no legend entry for lines)
     * @param loanPlaces loans by location, already labelled (null: no loan layer)
     */
    public NetworkMap(
            NetworkMapService map,
            Function<MapArea, List<MapPoint>> places,
            List<MapLine> lines,
            Function<MapArea, List<MapPoint>> loanPlaces) {
        this.service = map;
        this.places = places;
        this.loanPlaces = loanPlaces;
        this.lines = lines == null ? List.of() : lines;
        this.lineLayer = lines != null;
        addClassName("imc-map");
        drawing.addClassName("imc-map-drawing");
        status.addClassName("imc-muted");
        status.getElement().setAttribute("aria-live", "polite");

        zoomIn.addClickListener(e -> show(area.zoomIn()));
        zoomOut.addClickListener(e -> show(area.zoomOut()));
        west.addClickListener(e -> show(area.pan(-1, 0)));
        east.addClickListener(e -> show(area.pan(1, 0)));
        north.addClickListener(e -> show(area.pan(0, 1)));
        south.addClickListener(e -> show(area.pan(0, -1)));
        world.setText(getTranslation("map.world"));
        world.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        world.addClickListener(e -> {
            country.clear();
            show(MapArea.WORLD);
        });
        country.setLabel(getTranslation("map.country"));
        country.setItems(map.countries());
        country.setClearButtonVisible(true);
        country.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                show(service.areaOf(e.getValue()));
            }
        });
        // a cluster's index comes back from the browser; anything else in the drawing is ignored
        String cluster = "event.target.closest('[data-cluster]')?.getAttribute('data-cluster')";
        drawing.getElement()
                .addEventListener(
                        "click",
                        e -> zoomIntoCluster(e.getEventData().path(cluster).asText(null)))
                .addEventData(cluster);
        drawing.getElement()
                .addEventListener(
                        "keydown",
                        e -> zoomIntoCluster(e.getEventData().path(cluster).asText(null)))
                .addEventData(cluster)
                .setFilter("event.key === 'Enter'");
        Div controls = new Div(country, zoomIn, zoomOut, west, north, south, east, world, status);
        controls.addClassName("imc-map-controls");
        add(controls, drawing, legend());
        if (loanPlaces != null) {
            Details list = new Details(getTranslation("map.loans.list"), loanList);
            list.addClassName("imc-map-loans");
            add(list);
        }
        show(MapArea.WORLD);
    }

    /** Draws the map again with these lines (the directory's filters changed). */
    public void setLines(List<MapLine> shown) {
        lines = shown;
        refresh();
    }

    /** Draws the map again for this area. */
    public void show(MapArea shown) {
        area = shown;
        refresh();
    }

    /** Draws the map again (the places may have changed, such as the filtered candidates). */
    public void refresh() {
        points = places.apply(area);
        loans = loanPlaces == null ? List.of() : loanPlaces.apply(area);
        drawing.getElement().setProperty("innerHTML", svg());
        zoomIn.setEnabled(area.zoom() < MapArea.MAX_ZOOM);
        zoomOut.setEnabled(area.zoom() > 0);
        boolean zoomed = area.zoom() > 0;
        west.setEnabled(zoomed);
        east.setEnabled(zoomed);
        north.setEnabled(zoomed);
        south.setEnabled(zoomed);
        status.setText(getTranslation(
                "map.status",
                area.zoom(),
                MapArea.MAX_ZOOM,
                points.stream().mapToInt(MapPoint::count).sum(),
                points.size()));
        loanList.removeAll();
        loans.forEach(l -> loanList.add(new ListItem(l.label())));
        if (loanPlaces != null && loans.isEmpty()) {
            loanList.add(new ListItem(getTranslation("map.loans.none")));
        }
    }

    /**
     * Zooms into the grid cell of a cluster drawn now: {@code p} and the index of a municipalities'
     * cluster, {@code l} and the index of a loans' cluster (as written in the SVG). Single places and
     * unknown marks change nothing.
     */
    public void zoomIntoCluster(String mark) {
        if (mark == null || mark.length() < 2 || !mark.substring(1).chars().allMatch(Character::isDigit)) {
            return;
        }
        List<MapPoint> marks = mark.charAt(0) == 'p' ? points : mark.charAt(0) == 'l' ? loans : List.of();
        int i;
        try {
            i = Integer.parseInt(mark.substring(1));
        } catch (NumberFormatException e) {
            return;
        }
        if (i >= marks.size() || marks.get(i).count() < 2) {
            return;
        }
        MapPoint p = marks.get(i);
        // the cluster's cell on this zoom's grid (the rule of MapGrid and of the database's GROUP BY)
        double cell = area.cellDegrees();
        double west = Math.floor((p.longitude() + 180) / cell) * cell - 180;
        double north = 90 - Math.floor((90 - p.latitude()) / cell) * cell;
        show(MapArea.around(north - cell, west, north, west + cell));
        // the mark is gone with the old drawing: the keyboard continues from "Zoom out"
        zoomOut.focus();
    }

    private Button control(VaadinIcon icon, String key) {
        Button b = new Button(icon.create());
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        return b;
    }

    private UnorderedList legend() {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("imc-map-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("map.legend"));
        legend.add(item("<circle cx=\"8\" cy=\"8\" r=\"3\" fill=\"#1f5f8b\"/>", "map.legend.municipality"));
        legend.add(item(
                "<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"#1f5f8b\" fill-opacity=\"0.8\"/>", "map.legend.cluster"));
        if (lineLayer) {
            legend.add(item(
                    "<line x1=\"1\" y1=\"13\" x2=\"15\" y2=\"3\" stroke=\"#d9822b\" stroke-width=\"2\"/>",
                    "map.legend.partnership"));
        }
        if (loanPlaces != null) {
            legend.add(item(
                    "<rect x=\"3\" y=\"3\" width=\"10\" height=\"10\" fill=\"#8e2c48\" fill-opacity=\"0.85\"/>",
                    "map.legend.loans"));
        }
        return legend;
    }

    private ListItem item(String swatch, String key) {
        Span mark = new Span();
        mark.getElement()
                .setProperty(
                        "innerHTML",
                        "<svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">" + swatch
                                + "</svg>");
        return new ListItem(mark, new Span(getTranslation(key)));
    }

    public String svg() {
        double scale = Math.pow(2, area.zoom());
        StringBuilder s = new StringBuilder(LAND.length() + 64 * (points.size() + loans.size()) + 4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(x(area.west()))
                .append(' ')
                .append(y(area.north()))
                .append(' ')
                .append(fmt(WIDTH / scale))
                .append(' ')
                .append(fmt(HEIGHT / scale))
                .append("\" role=\"group\" aria-label=\"")
                .append(esc(getTranslation(
                        "map.label", points.stream().mapToInt(MapPoint::count).sum(), lines.size())))
                .append("\"><rect width=\"1000\" height=\"500\" fill=\"#eaf2f8\"/>")
                .append("<path fill=\"#d9e3d3\" stroke=\"#b5c3ad\" stroke-width=\"0.5\" ")
                .append("vector-effect=\"non-scaling-stroke\" d=\"")
                .append(LAND)
                .append("\"/><g class=\"imc-map-lines\" stroke=\"#d9822b\" stroke-width=\"1.6\" fill=\"none\">");
        for (MapLine l : lines) {
            s.append("<line vector-effect=\"non-scaling-stroke\" x1=\"")
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
        for (int i = 0; i < points.size(); i++) {
            MapPoint p = points.get(i);
            double r = (p.count() == 1 ? 2.5 : Math.min(14, 3 + 2 * Math.log(p.count()))) / scale;
            s.append("<circle ");
            String title = p.count() == 1 ? p.label() : getTranslation("map.cluster", p.count(), p.label());
            clusterButton(s, p, "p" + i, title);
            s.append("cx=\"")
                    .append(x(p.longitude()))
                    .append("\" cy=\"")
                    .append(y(p.latitude()))
                    .append("\" r=\"")
                    .append(fmt(r))
                    .append("\"><title>")
                    .append(esc(title))
                    .append("</title></circle>");
        }
        s.append("</g>");
        if (!loans.isEmpty()) {
            s.append("<g class=\"imc-map-loans\" fill=\"#8e2c48\" fill-opacity=\"0.85\">");
            for (int i = 0; i < loans.size(); i++) {
                MapPoint p = loans.get(i);
                double side = (p.count() == 1 ? 5 : Math.min(18, 5 + 2 * Math.log(p.count()))) / scale;
                s.append("<rect ");
                clusterButton(s, p, "l" + i, p.label());
                s.append("x=\"")
                        .append(fmt(px(p.longitude()) - side / 2 + 2 / scale))
                        .append("\" y=\"")
                        .append(fmt(py(p.latitude()) - side / 2 - 2 / scale))
                        .append("\" width=\"")
                        .append(fmt(side))
                        .append("\" height=\"")
                        .append(fmt(side))
                        .append("\"><title>")
                        .append(esc(p.label()))
                        .append("</title></rect>");
            }
            s.append("</g>");
        }
        s.append("</svg>");
        return s.toString();
    }

    /** A cluster is a button: focusable, named, and it zooms in (see {@link #zoomIntoCluster}). */
    private void clusterButton(StringBuilder s, MapPoint p, String mark, String title) {
        if (p.count() > 1) {
            s.append("class=\"imc-map-cluster\" data-cluster=\"")
                    .append(mark)
                    .append("\" tabindex=\"0\" role=\"button\" aria-label=\"")
                    .append(esc(getTranslation("map.cluster.zoom", title)))
                    .append("\" ");
        }
    }

    private static double px(double longitude) {
        return (longitude + 180) / 360 * WIDTH;
    }

    private static double py(double latitude) {
        return (90 - latitude) / 180 * HEIGHT;
    }

    private static String x(double longitude) {
        return fmt(px(longitude));
    }

    private static String y(double latitude) {
        return fmt(py(latitude));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
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
