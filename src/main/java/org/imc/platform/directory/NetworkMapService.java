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

    /** Up to this many municipalities are drawn one by one; more are clustered in cells of {@link #CELL_DEGREES}. */
    public static final int UNCLUSTERED_MAX = 2_000;

    public static final double CELL_DEGREES = 3;

    /** Municipalities with coordinates: each alone in a small directory, clustered in a large one. */
    @Transactional(readOnly = true)
    public List<MapPoint> points() {
        return queries.mapPoints(queries.countPlaced() <= UNCLUSTERED_MAX ? 0 : CELL_DEGREES);
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
