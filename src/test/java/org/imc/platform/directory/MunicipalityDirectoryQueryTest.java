package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The directory list: every filter returns exactly the matching rows, sorting and paging happen
 * in the database. Expected rows come from the demo data, cross-checked with plain SQL.
 */
@WithUserDetails("member")
class MunicipalityDirectoryQueryTest extends IntegrationTest {

    private static final Pageable ALL_BY_NAME = PageRequest.of(0, 1000, Sort.by("name"));

    @Autowired
    MunicipalityService municipalities;

    @Test
    void nameMatchesAnywhereIgnoringCase() {
        assertThat(names(filter("town", null, null))).containsExactly("Bridgetown", "Freetown", "Georgetown");
        assertThat(names(filter("TOWN", null, null))).containsExactly("Bridgetown", "Freetown", "Georgetown");
        assertThat(names(filter("  accra ", null, null))).containsExactly("Accra");
        assertThat(municipalities.count(filter("town", null, null))).isEqualTo(3);
    }

    @Test
    void wildcardsInTheNameFilterAreTakenLiterally() {
        assertThat(names(filter("%", null, null))).isEmpty();
        assertThat(names(filter("_", null, null))).isEmpty();
        assertThat(names(filter("\\", null, null))).isEmpty();
        assertThat(municipalities.count(filter("%", null, null))).isZero();
    }

    @Test
    void namesWithWildcardCharactersAreFoundByThem() {
        jdbc.update(
                "insert into municipality (name, country) values ('Fifty%_Town', 'Testland'), ('FiftyXYTown', 'Testland')");
        try {
            assertThat(names(filter("y%_T", null, null))).containsExactly("Fifty%_Town");
            assertThat(names(filter("y%", null, null))).containsExactly("Fifty%_Town");
            assertThat(municipalities.count(filter("%_", null, null))).isEqualTo(1);
            assertThat(municipalities.namesStartingWith("Fifty%", 10))
                    .extracting(MunicipalityName::name)
                    .containsExactly("Fifty%_Town");
        } finally {
            jdbc.update("delete from municipality where country = 'Testland'");
        }
    }

    @Test
    void pagesOfTiedSortValuesNeitherOverlapNorSkip() {
        List<Long> all = new ArrayList<>();
        Sort byCountry = Sort.by("country");
        for (int page = 0; page < 10; page++) {
            List<Municipality> rows =
                    municipalities.list(MunicipalityFilter.none(), PageRequest.of(page, 7, byCountry));
            rows.forEach(m -> all.add(m.getId()));
            if (rows.size() < 7) {
                break;
            }
        }
        assertThat(all).doesNotHaveDuplicates().hasSize((int) municipalities.count(MunicipalityFilter.none()));
    }

    @Test
    void countryMatchesExactly() {
        assertThat(names(filter(null, "Ghana", null))).containsExactly("Accra", "Cape Coast", "Kumasi");
        assertThat(names(filter(null, "Ghan", null))).isEmpty();
        assertThat(names(filter(null, "United Kingdom", null))).containsExactly("Birmingham", "Lambeth");
        assertThat(municipalities.countries()).contains("Ghana", "Jamaica").doesNotHaveDuplicates();
    }

    @Test
    void regionMatchesAnywhere() {
        assertThat(names(filter(null, null, "Region"))).containsExactly("Cape Coast", "Jinja", "Kampala");
        assertThat(names(filter(null, "Uganda", "Central"))).containsExactly("Kampala");
    }

    @Test
    void pillarFilterReturnsTheMunicipalitiesWorkingOnIt() {
        List<String> found = names(new MunicipalityFilter(null, null, null, Pillar.CROSS_CUTTING, null, null));

        assertThat(found).contains("Kingston", "Cape Coast", "Salvador").doesNotContain("Accra");
        assertThat(found)
                .isEqualTo(sql("select m.name from municipality m join municipality_pillar p "
                        + "on p.municipality_id = m.id where p.pillar = 'CROSS_CUTTING' order by m.name"));
    }

    @Test
    void needsAndOffersFiltersTellNeedFromOffer() {
        List<String> needWater =
                names(new MunicipalityFilter(null, null, null, null, SubProgramme.DRINKING_WATER, null));
        List<String> offerWater =
                names(new MunicipalityFilter(null, null, null, null, null, SubProgramme.DRINKING_WATER));

        assertThat(needWater).contains("Kingston", "Cape Coast").doesNotContain("Kisumu");
        assertThat(offerWater).contains("Kisumu").doesNotContain("Kingston", "Cape Coast");
        assertThat(needWater).isEqualTo(sql(resourceSql("NEED", "DRINKING_WATER")));
        assertThat(offerWater).isEqualTo(sql(resourceSql("OFFER", "DRINKING_WATER")));
    }

    @Test
    void municipalityWithSeveralMatchingLinesIsListedOnce() {
        List<Municipality> rows = municipalities.list(
                new MunicipalityFilter(
                        null,
                        null,
                        null,
                        Pillar.HUMAN_DEVELOPMENT,
                        SubProgramme.SOLID_WASTE_MANAGEMENT,
                        SubProgramme.ICT_DISTANCE_LEARNING),
                ALL_BY_NAME);
        assertThat(rows).extracting(Municipality::getId).doesNotHaveDuplicates();
        assertThat(rows).extracting(Municipality::getName).contains("Accra", "Cape Coast");
    }

    @Test
    void filtersCombine() {
        assertThat(names(new MunicipalityFilter(null, "Ghana", null, Pillar.HUMAN_DEVELOPMENT, null, null)))
                .containsExactly("Accra", "Cape Coast");
        assertThat(names(new MunicipalityFilter(
                        null, "Ghana", null, Pillar.HUMAN_DEVELOPMENT, SubProgramme.WASTEWATER_TREATMENT, null)))
                .containsExactly("Accra");
        assertThat(names(new MunicipalityFilter(null, "Ghana", null, null, SubProgramme.DRINKING_WATER, null)))
                .containsExactly("Cape Coast");
        assertThat(names(new MunicipalityFilter("Acc", "Jamaica", null, null, null, null)))
                .isEmpty();
        assertThat(municipalities.count(
                        new MunicipalityFilter(null, "Ghana", null, Pillar.HUMAN_DEVELOPMENT, null, null)))
                .isEqualTo(2);
    }

    @Test
    void noFilterCountsEveryMunicipality() {
        long total = jdbc.queryForObject("select count(*) from municipality", Long.class);
        assertThat(total).isGreaterThanOrEqualTo(45);
        assertThat(municipalities.count(MunicipalityFilter.none())).isEqualTo(total);
        assertThat(municipalities.list(MunicipalityFilter.none(), ALL_BY_NAME)).hasSize((int) total);
    }

    @Test
    void sortsByNameBothWays() {
        List<String> ascending =
                names(municipalities.list(MunicipalityFilter.none(), PageRequest.of(0, 10, Sort.by("name"))));
        List<String> descending = names(municipalities.list(
                MunicipalityFilter.none(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "name"))));

        assertThat(ascending).hasSize(10).first().isEqualTo("Accra");
        assertThat(ascending).isEqualTo(sql("select name from municipality order by name limit 10"));
        assertThat(descending).isEqualTo(sql("select name from municipality order by name desc limit 10"));

        List<String> all = names(municipalities.list(MunicipalityFilter.none(), ALL_BY_NAME));
        List<String> allDescending = new ArrayList<>(names(municipalities.list(
                MunicipalityFilter.none(), PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "name")))));
        Collections.reverse(allDescending);
        assertThat(allDescending).isEqualTo(all);
    }

    @Test
    void sortsByPopulation() {
        List<Municipality> largest = municipalities.list(
                MunicipalityFilter.none(), PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "population")));
        assertThat(largest).extracting(Municipality::getName).startsWith("Dar es Salaam", "Nairobi");
        assertThat(largest).extracting(Municipality::getPopulation).isSortedAccordingTo(Comparator.reverseOrder());

        List<Municipality> smallest = municipalities.list(
                new MunicipalityFilter(null, "Trinidad and Tobago", null, null, null, null),
                PageRequest.of(0, 10, Sort.by("population")));
        assertThat(smallest).extracting(Municipality::getName).containsExactly("Port of Spain", "San Fernando");

        List<Integer> populations =
                municipalities.list(MunicipalityFilter.none(), PageRequest.of(0, 1000, Sort.by("population"))).stream()
                        .map(Municipality::getPopulation)
                        .toList();
        assertThat(populations).isSortedAccordingTo(Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Test
    void sortsByCountryThenByName() {
        List<String> ascending =
                names(municipalities.list(MunicipalityFilter.none(), PageRequest.of(0, 1000, Sort.by("country"))));
        List<String> descending = names(municipalities.list(
                MunicipalityFilter.none(), PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "country"))));

        assertThat(ascending).isEqualTo(sql("select name from municipality order by country, name"));
        assertThat(descending).isEqualTo(sql("select name from municipality order by country desc, name desc"));
    }

    @Test
    void pagesHoldTenRowsAndDoNotOverlap() {
        long total = municipalities.count(MunicipalityFilter.none());
        List<Long> seen = new ArrayList<>();
        int lastPage = (int) ((total - 1) / 10);
        for (int page = 0; page <= lastPage; page++) {
            List<Municipality> rows =
                    municipalities.list(MunicipalityFilter.none(), PageRequest.of(page, 10, Sort.by("name")));
            assertThat(rows).hasSize(page < lastPage ? 10 : (int) (total - 10L * lastPage));
            rows.forEach(m -> seen.add(m.getId()));
        }
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(municipalities.list(MunicipalityFilter.none(), PageRequest.of(lastPage + 1, 10, Sort.by("name"))))
                .isEmpty();

        List<Municipality> firstTwo =
                municipalities.list(filter(null, "Ghana", null), PageRequest.of(0, 2, Sort.by("name")));
        List<Municipality> rest =
                municipalities.list(filter(null, "Ghana", null), PageRequest.of(1, 2, Sort.by("name")));
        assertThat(names(firstTwo)).containsExactly("Accra", "Cape Coast");
        assertThat(names(rest)).containsExactly("Kumasi");
    }

    @Test
    void filteredRowsReallyHaveWhatWasAskedFor() {
        for (SubProgramme subProgramme : SubProgramme.values()) {
            List<Municipality> rows = municipalities.list(
                    new MunicipalityFilter(null, null, null, null, subProgramme, null), ALL_BY_NAME);
            Set<String> names = new HashSet<>();
            for (Municipality row : rows) {
                assertThat(municipalities.get(row.getId()).getNeeds())
                        .as("%s needs %s", row.getName(), subProgramme)
                        .anySatisfy(need -> assertThat(need.subProgramme()).isEqualTo(subProgramme));
                names.add(row.getName());
            }
            assertThat(municipalities.count(new MunicipalityFilter(null, null, null, null, subProgramme, null)))
                    .isEqualTo(names.size());
        }
    }

    private static MunicipalityFilter filter(String name, String country, String region) {
        return new MunicipalityFilter(name, country, region, null, null, null);
    }

    private List<String> names(MunicipalityFilter filter) {
        return names(municipalities.list(filter, ALL_BY_NAME));
    }

    private static List<String> names(List<Municipality> rows) {
        return rows.stream().map(Municipality::getName).toList();
    }

    private List<String> sql(String query) {
        return jdbc.queryForList(query, String.class);
    }

    private static String resourceSql(String kind, String subProgramme) {
        return "select distinct m.name from municipality m join municipality_resource r on r.municipality_id = m.id "
                + "where r.kind = '" + kind + "' and r.sub_programme = '" + subProgramme + "' order by m.name";
    }
}
