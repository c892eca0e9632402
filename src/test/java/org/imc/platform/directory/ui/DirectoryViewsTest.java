package org.imc.platform.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.Affiliate;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityFilter;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.directory.NetworkEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The directory screens as each role sees them, without a browser.
 */
@ViewTest
class DirectoryViewsTest extends BrowserlessViewTest {

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.imc.platform.directory.AgreementService agreements;

    @Test
    @WithUserDetails("member")
    void directoryFiltersAndSortsInTheDatabase() {
        MunicipalityListView view = navigate(MunicipalityListView.class);
        assertThat(test(view.grid).size()).isEqualTo((int) municipalities.count(MunicipalityFilter.none()));

        test(view.country).selectItem("Ghana");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(3);
        IntStream.range(0, grid.size())
                .forEach(i -> assertThat(grid.getRow(i).getCountry()).isEqualTo("Ghana"));

        view.country.clear();
        view.pillar.setValue(Pillar.AGRICULTURE_FOOD_SECURITY);
        view.needs.setValue(SubProgramme.DRINKING_WATER);
        long expected = municipalities.count(new MunicipalityFilter(
                null, null, null, Pillar.AGRICULTURE_FOOD_SECURITY, SubProgramme.DRINKING_WATER, null));
        assertThat(test(view.grid).size()).isEqualTo((int) expected);
        for (int i = 0; i < test(view.grid).size(); i++) {
            Municipality m = municipalities.get(test(view.grid).getRow(i).getId());
            assertThat(m.getPillars()).contains(Pillar.AGRICULTURE_FOOD_SECURITY);
            assertThat(m.getNeeds()).anyMatch(n -> n.subProgramme() == SubProgramme.DRINKING_WATER);
        }
    }

    @Test
    @WithUserDetails("member")
    void sortingByPopulationPutsTheLargestFirstWhenDescending() {
        MunicipalityListView view = navigate(MunicipalityListView.class);
        int populationColumn = test(view.grid).getColumnPosition("population");
        test(view.grid).sortByColumn(populationColumn);
        test(view.grid).sortByColumn(populationColumn);
        Municipality first = test(view.grid).getRow(0);
        Integer largest = municipalities
                .list(
                        MunicipalityFilter.none(),
                        PageRequest.of(
                                0,
                                1,
                                org.springframework.data.domain.Sort.by(
                                        org.springframework.data.domain.Sort.Direction.DESC, "population")))
                .getFirst()
                .getPopulation();
        assertThat(first.getPopulation()).isEqualTo(largest);
    }

    @Test
    @WithUserDetails("mayor")
    void mayorMayEditOnlyTheirOwnProfile() {
        Long accra = idOf("Accra");
        Long kingston = idOf("Kingston");
        MunicipalityProfileView own = navigate(MunicipalityProfileView.class, accra);
        assertThat(own.edit).isNotNull();
        MunicipalityProfileView other = navigate(MunicipalityProfileView.class, kingston);
        assertThat(other.edit).isNull();
        assertThat(find(Button.class).withText("Edit profile").all()).isEmpty();
    }

    @Test
    @WithUserDetails("mayor")
    void scriptInANameIsRefusedNextToTheFieldAndNothingIsSaved() {
        Long accra = idOf("Accra");
        long versionBefore = municipalities.get(accra).getVersion();
        MunicipalityProfileView view = navigate(MunicipalityProfileView.class, accra);
        test(view.edit).click();
        MunicipalityProfileForm form = find(MunicipalityProfileForm.class).single();
        test(form.languages).setValue("<script>alert(1)</script>");
        test(form.save).click();
        assertThat(form.languages.isInvalid()).isTrue();
        assertThat(form.languages.getErrorMessage()).contains("plain text");
        assertThat(form.isOpened()).isTrue();
        Municipality after = municipalities.get(accra);
        assertThat(after.getLanguages()).doesNotContain("script");
        assertThat(after.getVersion()).isEqualTo(versionBefore);
    }

    @Test
    @WithUserDetails("mayor")
    void theMayorSeesNameCountryAndRegionLocked() {
        MunicipalityProfileView view = navigate(MunicipalityProfileView.class, idOf("Accra"));
        test(view.edit).click();
        MunicipalityProfileForm form = find(MunicipalityProfileForm.class).single();
        assertThat(form.name.isReadOnly()).isTrue();
        assertThat(form.country.isReadOnly()).isTrue();
        assertThat(form.region.isReadOnly()).isTrue();
        assertThat(form.population.isReadOnly()).isFalse();
        assertThat(form.name.getHelperText()).isEqualTo("Changed by an administrator only");
    }

    @Test
    @WithUserDetails("mayor")
    void mayorSavesAProfileChange() {
        Long accra = idOf("Accra");
        Municipality before = municipalities.get(accra);
        MunicipalityProfileView view = navigate(MunicipalityProfileView.class, accra);
        test(view.edit).click();
        MunicipalityProfileForm form = find(MunicipalityProfileForm.class).single();
        test(form.population).setValue(before.getPopulation() + 1);
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(municipalities.get(accra).getPopulation()).isEqualTo(before.getPopulation() + 1);
        assertThat(municipalities.get(accra).getVersion()).isGreaterThan(before.getVersion());
    }

    @Test
    @WithUserDetails("member")
    void membersReadAffiliatesButCannotAddThem() {
        AffiliateListView view = navigate(AffiliateListView.class);
        assertThat(view.add).isNull();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(37);
        test(view.search).setValue("SALGA");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getCountry()).isEqualTo("South Africa");
    }

    @Test
    @WithUserDetails("liaison")
    void liaisonAddsAnAffiliateWhoseDatesComeFromItsAgreements() throws Exception {
        AffiliateListView view = navigate(AffiliateListView.class);
        int before = test(view.grid).size();
        test(view.add).click();
        AffiliateForm form = find(AffiliateForm.class).single();
        // the dates are the agreements': the form has no field for them
        assertThat(find(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .from(form)
                        .all())
                .isEmpty();
        String name = "Association of Test Municipalities " + System.nanoTime();
        test(form.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(before);

        test(form.name).setValue(name);
        test(form.country).setValue("Portugal");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        test(view.search).setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);
        Affiliate saved = test(view.grid).getRow(0);
        assertThat(saved.getAgreementEnd()).isNull();

        agreements.create(
                saved.getId(),
                new org.imc.platform.directory.AgreementData(
                        org.imc.platform.directory.RelationshipType.BRANCH,
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2028, 1, 1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        java.util.Set.of()));
        view.grid.getDataProvider().refreshAll();
        Affiliate listed = test(view.grid).getRow(0);
        assertThat(listed.getAgreementStart()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(listed.getAgreementEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(test(view.grid).getCellText(0, 4)).contains("2028");
        jdbc.update("delete from affiliate where id = ?", saved.getId());
    }

    @Test
    @WithUserDetails("member")
    void eventsAreSplitIntoUpcomingAndPast() {
        EventListView view = navigate(EventListView.class);
        assertThat(view.add).isNull();
        Grid<NetworkEvent> grid = view.grid;
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).getEndDate()).isAfterOrEqualTo(LocalDate.now());
        }
        view.tabs.setSelectedTab(view.pastTab);
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(7);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).getEndDate()).isBefore(LocalDate.now());
        }
        assertThat(test(grid).getRow(0).getStartDate())
                .isAfterOrEqualTo(test(grid).getRow(1).getStartDate());
    }

    @Test
    @WithUserDetails("admin")
    void adminAddsAMunicipalityWithANeed() {
        MunicipalityListView list = navigate(MunicipalityListView.class);
        test(list.add).click();
        MunicipalityProfileForm form = find(MunicipalityProfileForm.class).single();
        String name = "Testville " + System.nanoTime();
        test(form.name).setValue(name);
        test(form.country).setValue("Portugal");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        Long id = idOf(name);
        Municipality saved = municipalities.get(id);
        assertThat(saved.getCountry()).isEqualTo("Portugal");
        assertThat(getCurrentView()).isInstanceOf(MunicipalityProfileView.class);
        jdbc.update("delete from municipality where id = ?", id);
    }

    @Test
    @WithUserDetails("mayor")
    void onlyAdminsSeeTheAddButton() {
        assertThat(navigate(MunicipalityListView.class).add).isNull();
    }

    @Test
    @WithUserDetails("member")
    void unknownMunicipalityShowsTheNotFoundPage() {
        navigate("municipalities/999999999", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(org.imc.platform.base.ui.NotFoundView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Not found");
    }

    private Long idOf(String name) {
        return municipalities
                .list(new MunicipalityFilter(name, null, null, null, null, null), PageRequest.of(0, 5))
                .stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
