package org.imc.platform.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.imc.platform.IntegrationTest;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.directory.MunicipalityFilter;
import org.imc.platform.directory.NetworkMapService;
import org.imc.platform.twinning.PartnerFilter;
import org.imc.platform.twinning.PartnerFinder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map at 50,000 municipalities on the tests' embedded MariaDB: adds them (placed around
 * fifty cities on all continents), times what a map draws — the directory clustered in the
 * database at the whole world, at a country and zoomed in to the most, and the partner finder's
 * candidates clustered in memory — and removes them. Not part of the suite (the name matches no
 * test pattern); run it with {@code ./mvnw -o test -Dtest=MapScaleRun}.
 */
class MapScaleRun extends IntegrationTest {

    static final int MUNICIPALITIES = 50_000;

    @Autowired
    NetworkMapService maps;

    @Autowired
    PartnerFinder finder;

    @Test
    void mapAtFiftyThousandMunicipalities() throws Exception {
        Random random = new Random(20261201L);
        double[][] centres = new double[50][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = new double[] {random.nextDouble() * 120 - 55, random.nextDouble() * 340 - 170};
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES; i++) {
            double[] c = centres[i % centres.length];
            rows.add(new Object[] {
                "Zmap " + i,
                "Mapland " + (i % centres.length),
                c[0] + random.nextGaussian() * 1.5,
                c[1] + random.nextGaussian() * 2
            });
        }
        long started = System.nanoTime();
        jdbc.batchUpdate("insert into municipality (name, country, latitude, longitude) values (?, ?, ?, ?)", rows);
        System.out.printf(
                "Inserted %,d municipalities in %.1f s%n", MUNICIPALITIES, (System.nanoTime() - started) / 1e9);
        try {
            jdbc.execute("ANALYZE TABLE municipality");
            MapArea country = callAs("member", () -> maps.areaOf("Mapland 7"));
            MapArea closest = new MapArea(centres[7][0], centres[7][1], MapArea.MAX_ZOOM);
            time("directory, whole world", () -> callAs("member", () -> maps.points(MapArea.WORLD)));
            time(
                    "directory, one country (zoom " + country.zoom() + ")",
                    () -> callAs("member", () -> maps.points(country)));
            time("directory, zoom 7", () -> callAs("member", () -> maps.points(closest)));
            // the list's filters on the map: a name matching a ninth of them, a country
            MunicipalityFilter name = new MunicipalityFilter("Zmap 1", null, null, null, null, null);
            MunicipalityFilter mapland = new MunicipalityFilter(null, "Mapland 7", null, null, null, null);
            time(
                    "directory filtered by name, whole world",
                    () -> callAs("member", () -> maps.points(name, MapArea.WORLD)));
            time(
                    "directory filtered by country, at the country",
                    () -> callAs("member", () -> maps.points(mapland, country)));
            time(
                    "partner finder candidates, whole world",
                    () -> callAs("mayor", () -> finder.mapPoints(PartnerFilter.none(), MapArea.WORLD)));
            time(
                    "partner finder candidates, one country",
                    () -> callAs(
                            "mayor",
                            () -> finder.mapPoints(new PartnerFilter("Mapland 7", null, null, false), country)));
            assertThat(callAs("member", () -> maps.points(MapArea.WORLD)).stream()
                            .mapToInt(MapPoint::count)
                            .sum())
                    .isGreaterThanOrEqualTo(MUNICIPALITIES);
        } finally {
            jdbc.update("delete from municipality where name like 'Zmap %'");
        }
    }

    private static void time(String what, Callable<List<MapPoint>> call) throws Exception {
        List<MapPoint> points = List.of();
        for (int i = 0; i < 5; i++) {
            points = call.call();
        }
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            points = call.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "Map %s: %d marks for %,d municipalities, median %.1f ms, p95 %.1f ms%n",
                what,
                points.size(),
                points.stream().mapToInt(MapPoint::count).sum(),
                ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1]);
    }
}
