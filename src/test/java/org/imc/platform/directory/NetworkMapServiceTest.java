package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The directory's map draws what the list shows: the same filter decides both (demo data), one
 * by one or clustered on the grid in the database.
 */
@WithUserDetails("member")
class NetworkMapServiceTest extends IntegrationTest {

    @Autowired
    NetworkMapService maps;

    @Autowired
    MunicipalityService municipalities;

    @Test
    void theMapDrawsExactlyTheMunicipalitiesTheListShows() {
        MunicipalityFilter town = new MunicipalityFilter("town", null, null, null, null, null);
        assertThat(labels(maps.points(town, MapArea.WORLD))).containsExactly("Bridgetown", "Freetown", "Georgetown");

        MunicipalityFilter ghana = new MunicipalityFilter(null, "Ghana", null, null, null, null);
        assertThat(labels(maps.points(ghana, MapArea.WORLD))).containsExactly("Accra", "Cape Coast", "Kumasi");

        MunicipalityFilter ghanaNeedingWastewater =
                new MunicipalityFilter(null, "Ghana", null, null, SubProgramme.WASTEWATER_TREATMENT, null);
        assertThat(labels(maps.points(ghanaNeedingWastewater, MapArea.WORLD))).containsExactly("Accra");

        MunicipalityFilter nobody = new MunicipalityFilter("no such place", null, null, null, null, null);
        assertThat(maps.points(nobody, MapArea.WORLD)).isEmpty();

        // every filter of the list: the map's names are the list's names (those with coordinates)
        for (MunicipalityFilter f : List.of(
                MunicipalityFilter.none(),
                new MunicipalityFilter(null, null, "a", null, null, null),
                new MunicipalityFilter(null, null, null, Pillar.AGRICULTURE_FOOD_SECURITY, null, null),
                new MunicipalityFilter(null, null, null, null, SubProgramme.DRINKING_WATER, null),
                new MunicipalityFilter(null, null, null, null, null, SubProgramme.ICT_DISTANCE_LEARNING))) {
            List<String> listed = municipalities.list(f, Pageable.unpaged()).stream()
                    .filter(m -> m.getLatitude() != null && m.getLongitude() != null)
                    .map(Municipality::getName)
                    .sorted()
                    .toList();
            assertThat(labels(maps.points(f, MapArea.WORLD))).as(f.toString()).isEqualTo(listed);
        }
    }

    @Test
    void aZoomedMapShowsOnlyTheFilteredMunicipalitiesInView() {
        MunicipalityFilter ghana = new MunicipalityFilter(null, "Ghana", null, null, null, null);
        // 2.8 by 1.4 degrees around Accra: Cape Coast is in view, Kumasi (latitude 6.69) is north of it
        MapArea aroundAccra = new MapArea(5.6, -0.19, MapArea.MAX_ZOOM);
        assertThat(labels(maps.points(ghana, aroundAccra))).containsExactly("Accra", "Cape Coast");
    }

    @Test
    void clusteringGroupsTheFilteredMunicipalitiesByCellInTheDatabase() {
        MunicipalityFilter ghana = new MunicipalityFilter(null, "Ghana", null, null, null, null);
        // cells of 3 degrees: Accra (5.60, -0.19) and Cape Coast (5.11, -1.25) share one, Kumasi (6.69, -1.62) is alone
        List<MapPoint> cells = maps.points(MunicipalityService.toSpecification(ghana), 3).stream()
                .sorted(Comparator.comparing(MapPoint::label))
                .toList();
        assertThat(cells).extracting(MapPoint::label).containsExactly("Accra", "Kumasi");
        assertThat(cells).extracting(MapPoint::count).containsExactly(2, 1);
        assertThat(cells.get(0).latitude()).isCloseTo((5.603717 + 5.105178) / 2, within(1e-6));
        assertThat(cells.get(0).longitude()).isCloseTo((-0.186964 - 1.246644) / 2, within(1e-6));
        assertThat(cells.get(1).latitude()).isCloseTo(6.688481, within(1e-6));
    }

    @Test
    void partnershipLinesFollowTheFilterByEitherEnd() {
        assertThat(maps.lines()).extracting(MapLine::label).contains("Accra – Kisumu", "Nairobi – Montego Bay");
        MunicipalityFilter ghana = new MunicipalityFilter(null, "Ghana", null, null, null, null);
        assertThat(maps.lines(ghana))
                .extracting(MapLine::label)
                .contains("Accra – Kisumu")
                .doesNotContain("Nairobi – Montego Bay");
        MunicipalityFilter jamaica = new MunicipalityFilter(null, "Jamaica", null, null, null, null);
        assertThat(maps.lines(jamaica))
                .extracting(MapLine::label)
                .contains("Nairobi – Montego Bay")
                .doesNotContain("Accra – Kisumu");
        MunicipalityFilter nobody = new MunicipalityFilter("no such place", null, null, null, null, null);
        assertThat(maps.lines(nobody)).isEmpty();
    }

    private static List<String> labels(List<MapPoint> points) {
        assertThat(points).allMatch(p -> p.count() == 1);
        return points.stream().map(MapPoint::label).sorted().toList();
    }
}
