package org.imc.platform.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.imc.platform.base.ui.ChangedElsewhere;
import org.imc.platform.base.ui.LiveViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityProfile;
import org.imc.platform.directory.MunicipalityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The mayor edits the municipality's profile while an admin changes it: the open form says so at
 * once (not only at Save), keeps what was typed and reopens on the current profile; the page shows
 * the admin's change without navigation.
 */
@ViewTest
class LiveProfileViewTest extends LiveViewTest {

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    JdbcTemplate jdbc;

    private Long accra;
    private Integer populationBefore;
    private Long lastNotification;

    @BeforeEach
    void remember() {
        accra = jdbc.queryForObject("select id from municipality where name = 'Accra'", Long.class);
        populationBefore =
                jdbc.queryForObject("select population from municipality where id = ?", Integer.class, accra);
        lastNotification = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    @AfterEach
    void restore() {
        jdbc.update("update municipality set population = ? where id = ?", populationBefore, accra);
        jdbc.update(
                "delete from notification where id > ? and message_key = 'notification.profile-changed'",
                lastNotification);
    }

    @Test
    @WithUserDetails("mayor")
    void anAdminChangesTheProfileWhileTheMayorEditsIt() throws Exception {
        MunicipalityProfileView view = navigate(MunicipalityProfileView.class, accra);
        test(view.edit).click();
        MunicipalityProfileForm form = find(MunicipalityProfileForm.class).single();
        test(form.description).setValue("Typed by the mayor, not saved");

        Municipality now = municipalities.get(accra);
        MunicipalityProfile changed = MunicipalityProfile.of(now);
        changed.setPopulation(2_600_001);
        as("admin", () -> municipalities.updateProfile(accra, now.getVersion(), changed));

        assertThat(eventually(form::saysChangedElsewhere))
                .as("the open form says so")
                .isTrue();
        assertThat(form.description.getValue()).isEqualTo("Typed by the mayor, not saved");
        assertThat(find(Span.class).all().stream().map(Span::getText))
                .as("the page shows the admin's change")
                .contains("2,600,001");

        test((Button) find(ChangedElsewhere.class)
                        .single()
                        .getChildren()
                        .filter(c -> c instanceof Button)
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(form.isOpened()).isFalse();
        MunicipalityProfileForm again = find(MunicipalityProfileForm.class).all().stream()
                .filter(MunicipalityProfileForm::isOpened)
                .findFirst()
                .orElseThrow();
        assertThat(again.population.getValue()).isEqualTo(2_600_001);
        assertThat(again.saysChangedElsewhere()).isFalse();
    }

    @Test
    @WithUserDetails("mayor")
    void theMayorsOwnSaveDoesNotDrawThePageAgainNorWarn() throws Exception {
        MunicipalityProfileView view = navigate(MunicipalityProfileView.class, accra);
        Probe probe = probe(org.imc.platform.base.live.Topic.municipality(accra));
        test(view.edit).click();
        MunicipalityProfileForm form = find(MunicipalityProfileForm.class).single();
        test(form.population).setValue(2_600_002);
        test(form.saveButton()).click();
        assertThat(form.isOpened()).isFalse();
        Button editAfterSave = view.edit;

        probe.awaitDelivered();
        assertThat(view.edit)
                .as("the page is not drawn again for the echo of the save")
                .isSameAs(editAfterSave);
        assertThat(find(ChangedElsewhere.class).exists()).isFalse();
    }
}
