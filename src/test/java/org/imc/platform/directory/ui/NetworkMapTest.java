package org.imc.platform.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MapLine;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.directory.NetworkMapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.ObjectNode;

/** The directory's map: every placed municipality as a dot, active partnerships as lines, no tile server. */
@ViewTest
class NetworkMapTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NetworkMapService maps;

    @Test
    @WithUserDetails("member")
    void theDirectorySwitchesToAMapWithThePartnershipLines() {
        MunicipalityListView view = navigate(MunicipalityListView.class);
        assertThat(view.map).isNull();
        test(view.mapSwitch).click();
        assertThat(view.map.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        long placed = jdbc.queryForObject(
                "select count(*) from municipality where latitude is not null and longitude is not null", Long.class);
        assertThat(view.map.points.stream().mapToInt(p -> p.count()).sum()).isEqualTo((int) placed);
        long active = jdbc.queryForObject("select count(*) from twinning where status = 'ACTIVE'", Long.class);
        assertThat(view.map.lines).hasSize((int) active);
        assertThat(view.map.lines).extracting(MapLine::label).contains("Accra – Kisumu");
        String svg = view.map.svg();
        assertThat(svg).startsWith("<svg").contains("<path").contains("<line").contains("Accra – Kisumu");
        test(view.mapSwitch).click();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.map.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("member")
    void theDirectorysMapFollowsTheListsFilters() {
        MunicipalityListView view = navigate(MunicipalityListView.class);
        test(view.mapSwitch).click();
        NetworkMap map = view.map;
        assertThat(map.lines).extracting(MapLine::label).contains("Accra – Kisumu", "Nairobi – Montego Bay");

        // choosing a country filters the list and the map, and zooms the map there
        test(view.country).selectItem("Ghana");
        assertThat(map.area.zoom()).isGreaterThan(2);
        assertThat(map.points).extracting(p -> p.label()).containsExactlyInAnyOrder("Accra", "Cape Coast", "Kumasi");
        // Lomé (Togo) is in view but not in the list, so not on the map
        assertThat(map.area.contains(6.13, 1.22)).isTrue();
        assertThat(map.lines)
                .extracting(MapLine::label)
                .contains("Accra – Kisumu")
                .doesNotContain("Nairobi – Montego Bay");

        view.needs.setValue(SubProgramme.WASTEWATER_TREATMENT);
        assertThat(map.points).extracting(p -> p.label()).containsExactly("Accra");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(map.svg()).contains("<title>Accra</title>").doesNotContain("<title>Kumasi</title>");

        // back to the list and to the map: still the same filter
        test(view.mapSwitch).click();
        test(view.name).setValue("no such place");
        test(view.mapSwitch).click();
        assertThat(map.points).isEmpty();
        assertThat(map.lines).isEmpty();

        // clearing the country goes back to the world, the other filters still apply
        view.name.clear();
        view.country.clear();
        assertThat(map.area).isEqualTo(org.imc.platform.directory.MapArea.WORLD);
        long needing = jdbc.queryForObject(
                "select count(distinct m.id) from municipality m join municipality_resource r on r.municipality_id = m.id "
                        + "where r.kind = 'NEED' and r.sub_programme = 'WASTEWATER_TREATMENT' and m.latitude is not null",
                Long.class);
        assertThat(map.points).hasSize((int) needing).extracting(p -> p.label()).contains("Accra", "Mombasa", "Ibadan");
    }

    @Test
    @WithUserDetails("member")
    void aLargeDirectoryIsClusteredInTheDatabase() {
        // the demo directory is drawn one by one; above the threshold cells of 3 degrees group them
        assertThat(maps.points()).allMatch(p -> p.count() == 1);
        assertThat(NetworkMapService.UNCLUSTERED_MAX).isEqualTo(2_000);
    }

    @Test
    @WithUserDetails("member")
    void zoomingToACountryDrawsATighterViewWithItsMunicipalitiesAlone() {
        MunicipalityListView view = navigate(MunicipalityListView.class);
        test(view.mapSwitch).click();
        NetworkMap map = view.map;
        assertThat(map.zoomOut.isEnabled()).isFalse();
        assertThat(map.zoomIn.getElement().getAttribute("aria-label")).isEqualTo("Zoom in");
        assertThat(map.country.getLabel()).isEqualTo("Zoom to a country");
        String worldSvg = map.svg();
        assertThat(worldSvg).contains("viewBox=\"0.00 0.00 1000.00 500.00\"");

        map.country.setValue("Ghana");
        assertThat(map.area.zoom()).isGreaterThan(2);
        long ghana = jdbc.queryForObject(
                "select count(*) from municipality where country = 'Ghana' and latitude is not null", Long.class);
        assertThat(map.points).allMatch(p -> p.count() == 1);
        assertThat(map.points.size()).isGreaterThanOrEqualTo((int) ghana);
        assertThat(map.points).allMatch(p -> map.area.contains(p.latitude(), p.longitude()));
        assertThat(map.points)
                .extracting(p -> p.label())
                .contains("Accra", "Kumasi")
                .doesNotContain("Kingston");
        assertThat(map.svg()).doesNotContain("viewBox=\"0.00 0.00 1000.00 500.00\"");

        int zoom = map.area.zoom();
        test(map.zoomOut).click();
        assertThat(map.area.zoom()).isEqualTo(zoom - 1);
        test(map.world).click();
        assertThat(map.area).isEqualTo(org.imc.platform.directory.MapArea.WORLD);
        // nobody but fund officers gets the loan layer
        assertThat(map.loans).isEmpty();
        assertThat(map.svg()).doesNotContain("imc-map-loans");
    }

    @Test
    @WithUserDetails("member")
    void aClickOrEnterOnAClusterZoomsIntoItsCell() {
        MunicipalityListView view = navigate(MunicipalityListView.class);
        // a source that clusters at the world's zoom: five places near Accra in one 3-degree cell, Kingston alone
        List<MapPoint> near = List.of(
                new MapPoint(5.6, -0.2, 1, "Accra"),
                new MapPoint(5.1, -1.2, 1, "Cape Coast"),
                new MapPoint(5.3, -0.6, 1, "Kasoa"),
                new MapPoint(5.9, -0.1, 1, "Aburi"),
                new MapPoint(4.9, -1.8, 1, "Takoradi"));
        NetworkMap map = new NetworkMap(
                maps,
                area -> area.zoom() == 0
                        ? List.of(new MapPoint(5.36, -0.78, 5, "Aburi"), new MapPoint(18.0, -76.8, 1, "Kingston"))
                        : near.stream()
                                .filter(p -> area.contains(p.latitude(), p.longitude()))
                                .toList(),
                List.of(),
                null);
        view.add(map);
        String svg = map.svg();
        // the cluster is a named, focusable button; a single municipality is not
        assertThat(svg)
                .contains("data-cluster=\"p0\" tabindex=\"0\" role=\"button\" "
                        + "aria-label=\"5 municipalities, among them Aburi: zoom in here\"")
                .doesNotContain("data-cluster=\"p1\"");
        assertThat(svg).containsOnlyOnce("tabindex");

        // a click on the single place, or on nothing, changes nothing
        fire(map, "click", "p1", null);
        fire(map, "click", null, null);
        fire(map, "click", "p9", null);
        assertThat(map.area).isEqualTo(MapArea.WORLD);

        // a key other than Enter does nothing (the browser's filter says false)
        fire(map, "keydown", "p0", false);
        assertThat(map.area).isEqualTo(MapArea.WORLD);

        // Enter on the focused cluster: the cell (0 to 3 degrees west, 3 to 6 north) fills the view
        fire(map, "keydown", "p0", true);
        assertThat(map.area.zoom()).isEqualTo(5);
        assertThat(map.area.centreLatitude()).isEqualTo(4.5);
        assertThat(map.area.centreLongitude()).isEqualTo(-1.5);
        assertThat(map.points)
                .extracting(MapPoint::label)
                .containsExactlyInAnyOrder("Accra", "Cape Coast", "Kasoa", "Aburi", "Takoradi");
        assertThat(map.svg()).doesNotContain("data-cluster");

        // a click does the same from the world
        test(map.world).click();
        fire(map, "click", "p0", null);
        assertThat(map.area).isEqualTo(new MapArea(4.5, -1.5, 5));
    }

    /** What the browser sends when the drawing hears a click or a key: the mark under it and, for keys, the filter's result. */
    private static void fire(NetworkMap map, String type, String mark, Boolean enter) {
        ObjectNode data = JacksonUtils.createObjectNode();
        String cluster = "event.target.closest('[data-cluster]')?.getAttribute('data-cluster')";
        if (mark == null) {
            data.putNull(cluster);
        } else {
            data.put(cluster, mark);
        }
        if (enter != null) {
            data.put("event.key === 'Enter'", enter);
        }
        map.drawing
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(map.drawing.getElement(), type, data));
    }
}
