package org.imc.platform.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imc.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network map's data: municipalities clustered on a grid in the database (one row per
 * occupied cell, so 50,000 municipalities stay a few hundred dots) and the lines other features
 * draw between them.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class NetworkMapService {

    private final DirectoryQueries queries;
    private final List<MapLinks> links;

    NetworkMapService(DirectoryQueries queries, List<MapLinks> links) {
        this.queries = queries;
        this.links = links;
    }

    /** Up to this many places in view are drawn one by one; more are clustered on the grid of the zoom ({@link MapArea#cellDegrees()}). */
    public static final int UNCLUSTERED_MAX = 2_000;

    /** Municipalities with coordinates on the whole world: each alone in a small directory, clustered in a large one. */
    @Transactional(readOnly = true)
    public List<MapPoint> points() {
        return points(MapArea.WORLD);
    }

    /**
     * The municipalities in the area: each alone when there are at most {@link #UNCLUSTERED_MAX}
     * of them there, else clustered on the area's grid (finer as the map zooms in).
     */
    @Transactional(readOnly = true)
    public List<MapPoint> points(MapArea area) {
        return queries.mapPoints(area, queries.countPlaced(area) <= UNCLUSTERED_MAX ? 0 : area.cellDegrees());
    }

    /** The countries a map can zoom to (those with a placed municipality). */
    @Transactional(readOnly = true)
    public List<String> countries() {
        return queries.placedCountries();
    }

    /** The area that shows the country's placed municipalities, or the whole world when none is placed. */
    @Transactional(readOnly = true)
    public MapArea areaOf(String country) {
        double[] b = country == null ? null : queries.countryBounds(country);
        return b == null ? MapArea.WORLD : MapArea.around(b[0], b[1], b[2], b[3]);
    }

    /** The lines between municipalities that have coordinates. */
    @Transactional(readOnly = true)
    public List<MapLine> lines() {
        List<Long[]> pairs = new ArrayList<>();
        links.forEach(l -> pairs.addAll(l.pairs()));
        List<Long> ids = pairs.stream()
                .flatMap(p -> java.util.stream.Stream.of(p[0], p[1]))
                .distinct()
                .toList();
        Map<Long, DirectoryQueries.Place> places = queries.places(ids);
        List<MapLine> lines = new ArrayList<>();
        for (Long[] p : pairs) {
            DirectoryQueries.Place a = places.get(p[0]);
            DirectoryQueries.Place b = places.get(p[1]);
            if (a != null && b != null) {
                lines.add(new MapLine(
                        a.latitude(), a.longitude(), b.latitude(), b.longitude(), a.name() + " – " + b.name()));
            }
        }
        return lines;
    }
}
