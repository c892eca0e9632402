package org.imc.platform.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.MapLine;
import org.imc.platform.directory.NetworkMapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

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
}
