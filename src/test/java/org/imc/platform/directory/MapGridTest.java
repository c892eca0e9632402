package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's areas and the clustering by zoom level. */
class MapGridTest {

    @Test
    void zoomingHalvesTheAreaAndTheClusterCellAndStaysInsideTheWorld() {
        MapArea world = MapArea.WORLD;
        assertThat(world.width()).isEqualTo(360);
        assertThat(world.cellDegrees()).isEqualTo(3);
        MapArea in = world.zoomIn();
        assertThat(in.width()).isEqualTo(180);
        assertThat(in.cellDegrees()).isEqualTo(1.5);
        assertThat(world.zoomOut()).isEqualTo(world);
        MapArea corner = new MapArea(89, 179, 2);
        assertThat(corner.east()).isEqualTo(180);
        assertThat(corner.north()).isEqualTo(90);
        assertThat(new MapArea(0, 0, 99).zoom()).isEqualTo(MapArea.MAX_ZOOM);
        MapArea moved = in.pan(1, 0);
        assertThat(moved.centreLongitude()).isEqualTo(45);
    }

    @Test
    void aCountryIsShownAtTheTightestZoomThatHoldsIt() {
        // Ghana, roughly 4.7–11.2 N and 3.3 W–1.2 E
        MapArea ghana = MapArea.around(4.7, -3.3, 11.2, 1.2);
        assertThat(ghana.zoom()).isEqualTo(4);
        assertThat(ghana.contains(5.6, -0.19)).isTrue();
        assertThat(ghana.contains(9.4, -0.85)).isTrue();
        assertThat(ghana.contains(18, -77)).isFalse();
    }

    @Test
    void manyPlacesAreClusteredOnTheZoomsGridAndSeparateWhenZoomedIn() {
        // 2,500 places in a 1-degree square: one cluster at the world view
        MapGrid world = new MapGrid(MapArea.WORLD);
        for (int i = 0; i < 2_500; i++) {
            world.add(10.1 + (i % 50) * 0.018, 20.1 + (i / 50) * 0.018, "M" + i);
        }
        List<MapPoint> clustered = world.points();
        assertThat(clustered.stream().mapToInt(MapPoint::count).sum()).isEqualTo(2_500);
        assertThat(clustered.size()).isLessThanOrEqualTo(4);
        assertThat(clustered).allMatch(p -> p.count() > 1);

        // zoomed in, the grid is finer: the same places fall apart into many more marks
        MapArea closer = new MapArea(10.5, 20.5, 6);
        MapGrid zoomed = new MapGrid(closer);
        for (int i = 0; i < 2_500; i++) {
            zoomed.add(10.1 + (i % 50) * 0.018, 20.1 + (i / 50) * 0.018, "M" + i);
        }
        assertThat(zoomed.points().stream().mapToInt(MapPoint::count).sum()).isEqualTo(2_500);
        assertThat(zoomed.points().size()).isGreaterThan(200);

        // an area holding no more than the threshold draws each place alone
        MapGrid few = new MapGrid(new MapArea(10.5, 19.0, MapArea.MAX_ZOOM));
        for (int i = 0; i < 2_500; i++) {
            few.add(10.1 + (i % 50) * 0.018, 20.1 + (i / 50) * 0.018, "M" + i);
        }
        assertThat(few.points()).isNotEmpty().allMatch(p -> p.count() == 1);
        assertThat(few.points().size()).isLessThan(2_500);
    }
}
