package org.imc.platform.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.practice.PracticeAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The library's pages: a mayor writes and submits; a liaison sees the submit queue; members search. */
@ViewTest
class PracticeViewsTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from practice where title like 'Zv%'");
    }

    @Test
    @WithUserDetails("mayor")
    void aMayorWritesAPracticeAndSubmitsItForReview() {
        PracticeListView list = navigate(PracticeListView.class);
        assertThat(list.add).isNotNull();
        test(list.add).click();
        PracticeForm form = find(PracticeForm.class).single();
        assertThat(form.country.getValue()).isEqualTo("Ghana");
        test(form.save).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        test(form.title).setValue("Zvsolar street lights");
        test(form.summary).setValue("Solar lights on market streets");
        test(form.problem).setValue("Markets closed at dusk");
        test(form.whatWasDone).setValue("Two hundred solar lights");
        test(form.results).setValue("Trading hours up by three hours");
        form.subProgrammes.select(SubProgramme.OPERATION_MAINTENANCE);
        Long measured = jdbc.queryForObject(
                "select id from work_plan_goal where description = 'Train 20 sanitation facilitators'", Long.class);
        assertThat(form.indicatorGoal.getLabel()).isEqualTo("Results measured by a goal’s indicator");
        test(form.indicatorGoal)
                .selectItem("Train 20 sanitation facilitators (2026): Sanitation facilitators certified, people");
        assertThat(form.indicatorGoal.getValue()).isEqualTo(measured);
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();

        Long id = jdbc.queryForObject("select id from practice where title = 'Zvsolar street lights'", Long.class);
        PracticeView view = navigate(PracticeView.class, id);
        assertThat(view.edit).isNotNull();
        assertThat(view.measuredResults.getElement().getTextRecursively())
                .contains("Train 20 sanitation facilitators")
                .contains("Latest measurement: 9 people on");
        assertThat(view.upload).isNotNull();
        assertThat(view.actions).extracting(b -> b.getText()).containsExactly("Submit for review");
        test(view.actions.getFirst()).click();
        assertThat(jdbc.queryForObject("select status from practice where id = ?", String.class, id))
                .isEqualTo("IN_REVIEW");
        assertThat(view.edit).isNull();
        assertThat(view.actions).isEmpty();
    }

    @Test
    @WithUserDetails("member")
    void membersSearchThePublishedLibraryAndWriteNothing() {
        PracticeListView list = navigate(PracticeListView.class);
        assertThat(list.add).isNull();
        assertThat(list.scope.isVisible()).isFalse();
        test(list.words).setValue("kiosks");
        assertThat(test(list.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(list.grid).getRow(0).title()).isEqualTo("Prepaid water kiosks run by women's groups");
        list.words.clear();
        list.subProgramme.setValue(SubProgramme.GIS_GPS_INTERNET_PLATFORMS);
        assertThat(test(list.grid).size()).isEqualTo(1);
        Long id = test(list.grid).getRow(0).id();
        PracticeView view = navigate(PracticeView.class, id);
        assertThat(view.edit).isNull();
        assertThat(view.actions).isEmpty();
        assertThat(PracticeAction.values()).hasSize(3);
    }
}
