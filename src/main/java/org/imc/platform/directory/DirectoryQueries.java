package org.imc.platform.directory;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class DirectoryQueries {

    private final JdbcTemplate jdbc;

    DirectoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Place(String name, double latitude, double longitude) {}

    /**
     * Municipalities with coordinates, grouped in cells of {@code cell} degrees in the database
     * (each cell at its members' average position); every municipality alone for a cell of 0.
     */
    List<MapPoint> mapPoints(double cell) {
        if (cell <= 0) {
            return jdbc.query(
                    "SELECT latitude, longitude, name FROM municipality WHERE latitude IS NOT NULL "
                            + "AND longitude IS NOT NULL",
                    (rs, i) -> new MapPoint(rs.getDouble(1), rs.getDouble(2), 1, rs.getString(3)));
        }
        return jdbc.query(
                "SELECT AVG(latitude), AVG(longitude), COUNT(*), MIN(name) FROM municipality "
                        + "WHERE latitude IS NOT NULL AND longitude IS NOT NULL "
                        + "GROUP BY FLOOR((longitude + 180) / ?), FLOOR((90 - latitude) / ?)",
                (rs, i) -> new MapPoint(rs.getDouble(1), rs.getDouble(2), rs.getInt(3), rs.getString(4)),
                cell,
                cell);
    }

    long countPlaced() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM municipality WHERE latitude IS NOT NULL AND longitude IS NOT NULL", Long.class);
        return n == null ? 0 : n;
    }

    /** Name and position of these municipalities (those without coordinates are left out). */
    java.util.Map<Long, Place> places(java.util.Collection<Long> ids) {
        java.util.Map<Long, Place> places = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return places;
        }
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .query(
                        "SELECT id, name, latitude, longitude FROM municipality WHERE id IN (:ids) "
                                + "AND latitude IS NOT NULL AND longitude IS NOT NULL",
                        java.util.Map.of("ids", ids),
                        rs -> {
                            places.put(rs.getLong(1), new Place(rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
                        });
        return places;
    }

    /** The areas of emphasis an agreement may name (reference data: a new one is a row and a label). */
    List<String> emphasisAreas() {
        return jdbc.queryForList("SELECT code FROM emphasis_area ORDER BY sort_key, code", String.class);
    }
}
