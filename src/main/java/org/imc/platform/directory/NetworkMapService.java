package org.imc.platform.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.security.Roles;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network map's data: municipalities clustered on a grid in the database (one row per
 * occupied cell, so 50,000 municipalities stay a few hundred dots) and the lines other features
 * draw between them. The directory's filters ({@link MunicipalityFilter}) choose the
 * municipalities with the same criteria as the list ({@link MunicipalityService#toSpecification}),
 * so the map shows what the list shows.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class NetworkMapService {

    private final DirectoryQueries queries;
    private final List<MapLinks> links;
    private final MunicipalityRepository repository;
    private final EntityManager entityManager;

    NetworkMapService(
            DirectoryQueries queries,
            List<MapLinks> links,
            MunicipalityRepository repository,
            EntityManager entityManager) {
        this.queries = queries;
        this.links = links;
        this.repository = repository;
        this.entityManager = entityManager;
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
        return points(MunicipalityFilter.none(), area);
    }

    /**
     * The municipalities in the area that the directory's list shows for this filter: each alone
     * when there are at most {@link #UNCLUSTERED_MAX} of them there, else clustered on the area's
     * grid.
     */
    @Transactional(readOnly = true)
    public List<MapPoint> points(MunicipalityFilter filter, MapArea area) {
        Specification<Municipality> where =
                MunicipalityService.toSpecification(filter).and(inArea(area));
        return points(where, repository.count(where) <= UNCLUSTERED_MAX ? 0 : area.cellDegrees());
    }

    /** The chosen municipalities, each alone ({@code cell} 0) or grouped in cells of that many degrees (each at its members' average position, named by its first). */
    List<MapPoint> points(Specification<Municipality> where, double cell) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Municipality> root = query.from(Municipality.class);
        Path<BigDecimal> latitude = root.get("latitude");
        Path<BigDecimal> longitude = root.get("longitude");
        query.where(where.toPredicate(root, query, cb));
        if (cell <= 0) {
            query.multiselect(latitude, longitude, root.get("name"));
            return entityManager.createQuery(query).getResultList().stream()
                    .map(t -> new MapPoint(
                            t.get(0, BigDecimal.class).doubleValue(),
                            t.get(1, BigDecimal.class).doubleValue(),
                            1,
                            t.get(2, String.class)))
                    .toList();
        }
        Expression<Number> column = cb.floor(cb.quot(cb.sum(longitude, BigDecimal.valueOf(180)), cell));
        Expression<Number> row = cb.floor(cb.quot(cb.diff(BigDecimal.valueOf(90), latitude), cell));
        query.multiselect(cb.avg(latitude), cb.avg(longitude), cb.count(root), cb.least(root.<String>get("name")))
                .groupBy(column, row);
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new MapPoint(
                        ((Number) t.get(0)).doubleValue(),
                        ((Number) t.get(1)).doubleValue(),
                        ((Number) t.get(2)).intValue(),
                        (String) t.get(3)))
                .toList();
    }

    private static Specification<Municipality> inArea(MapArea area) {
        return (root, query, cb) -> {
            Path<BigDecimal> latitude = root.get("latitude");
            Path<BigDecimal> longitude = root.get("longitude");
            return cb.and(
                    cb.between(latitude, BigDecimal.valueOf(area.south()), BigDecimal.valueOf(area.north())),
                    cb.between(longitude, BigDecimal.valueOf(area.west()), BigDecimal.valueOf(area.east())));
        };
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
        return lines(MunicipalityFilter.none());
    }

    /**
     * The lines between municipalities that have coordinates, at least one of the two chosen by
     * the filter (a listed municipality's partnerships, wherever the partner is).
     */
    @Transactional(readOnly = true)
    public List<MapLine> lines(MunicipalityFilter filter) {
        List<Long[]> pairs = new ArrayList<>();
        links.forEach(l -> pairs.addAll(l.pairs()));
        List<Long> ids = pairs.stream()
                .flatMap(p -> java.util.stream.Stream.of(p[0], p[1]))
                .distinct()
                .toList();
        Map<Long, DirectoryQueries.Place> places = queries.places(ids);
        Set<Long> chosen = filter.equals(MunicipalityFilter.none()) ? null : chosen(filter, places.keySet());
        List<MapLine> lines = new ArrayList<>();
        for (Long[] p : pairs) {
            DirectoryQueries.Place a = places.get(p[0]);
            DirectoryQueries.Place b = places.get(p[1]);
            if (a != null && b != null && (chosen == null || chosen.contains(p[0]) || chosen.contains(p[1]))) {
                lines.add(new MapLine(
                        a.latitude(), a.longitude(), b.latitude(), b.longitude(), a.name() + " – " + b.name()));
            }
        }
        return lines;
    }

    /** Which of these municipalities the filter chooses. */
    private Set<Long> chosen(MunicipalityFilter filter, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Municipality> root = query.from(Municipality.class);
        query.select(root.get("id"))
                .where(MunicipalityService.toSpecification(filter)
                        .and((r, q, b) -> r.get("id").in(ids))
                        .toPredicate(root, query, cb));
        return new HashSet<>(entityManager.createQuery(query).getResultList());
    }
}
