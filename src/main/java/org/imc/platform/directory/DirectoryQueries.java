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

    /** The start date of an affiliate's current agreement (the latest by start date), for {@code Affiliate}'s formula. */
    static final String CURRENT_AGREEMENT_START = "(SELECT ag.start_date FROM affiliate_agreement ag "
            + "WHERE ag.affiliate_id = id ORDER BY ag.start_date DESC, ag.id DESC LIMIT 1)";

    /** The end date of an affiliate's current agreement, for {@code Affiliate}'s formula. */
    static final String CURRENT_AGREEMENT_END = "(SELECT ag.end_date FROM affiliate_agreement ag "
            + "WHERE ag.affiliate_id = id ORDER BY ag.start_date DESC, ag.id DESC LIMIT 1)";

    /** The countries that have a placed municipality, by name. */
    List<String> placedCountries() {
        return jdbc.queryForList(
                "SELECT DISTINCT country FROM municipality WHERE latitude IS NOT NULL AND longitude IS NOT NULL "
                        + "ORDER BY country",
                String.class);
    }

    /** South, west, north and east of the country's placed municipalities, or null when none is placed. */
    double[] countryBounds(String country) {
        return jdbc.query(
                "SELECT MIN(latitude), MIN(longitude), MAX(latitude), MAX(longitude) FROM municipality "
                        + "WHERE country = ? AND latitude IS NOT NULL AND longitude IS NOT NULL",
                rs -> {
                    rs.next();
                    if (rs.getObject(1) == null) {
                        return null;
                    }
                    return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                },
                country);
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
