package org.imc.platform.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places gathered in memory for one {@link MapArea} (a filtered list, such as the partner
 * finder's candidates), drawn one by one up to {@link NetworkMapService#UNCLUSTERED_MAX}, else
 * clustered on the area's grid: the same rule as the directory's map, which the database
 * clusters.
 */
public final class MapGrid {

    private final MapArea area;
    private final List<MapPoint> places = new ArrayList<>();

    public MapGrid(MapArea area) {
        this.area = area;
    }

    /** Adds a place if it lies in the area. */
    public void add(double latitude, double longitude, String label) {
        if (area.contains(latitude, longitude)) {
            places.add(new MapPoint(latitude, longitude, 1, label));
        }
    }

    public List<MapPoint> points() {
        if (places.size() <= NetworkMapService.UNCLUSTERED_MAX) {
            return List.copyOf(places);
        }
        double cell = area.cellDegrees();
        record Cell(long x, long y) {}
        Map<Cell, double[]> sums = new HashMap<>();
        Map<Cell, String> first = new HashMap<>();
        for (MapPoint p : places) {
            Cell c = new Cell(
                    (long) Math.floor((p.longitude() + 180) / cell), (long) Math.floor((90 - p.latitude()) / cell));
            double[] s = sums.computeIfAbsent(c, k -> new double[3]);
            s[0] += p.latitude();
            s[1] += p.longitude();
            s[2]++;
            first.merge(c, p.label(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<MapPoint> points = new ArrayList<>(sums.size());
        sums.forEach((c, s) -> points.add(new MapPoint(s[0] / s[2], s[1] / s[2], (int) s[2], first.get(c))));
        return points;
    }
}
