package org.imc.platform.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityProfile;
import org.imc.platform.directory.MunicipalityService;

/**
 * The profile editor of a municipality (its mayor or an admin): facts, pillars, needs and offers.
 * Nothing is saved unless every field is valid; a concurrent save by someone else is reported.
 */
class MunicipalityProfileForm extends EditorDialog<Municipality> {

    final TextField name = new TextField();
    final TextField country = new TextField();
    final TextField region = new TextField();
    final IntegerField population = new IntegerField();
    final TextField languages = new TextField();
    final BigDecimalField latitude = new BigDecimalField();
    final BigDecimalField longitude = new BigDecimalField();
    final TextArea description = new TextArea();
    final CheckboxGroup<Pillar> pillars = new CheckboxGroup<>();
    final ResourceLinesEditor needs = new ResourceLinesEditor("directory.profile.needs", "need");
    final ResourceLinesEditor offers = new ResourceLinesEditor("directory.profile.offers", "offer");
    final Button save = saveButton();
    private final BeanValidationBinder<MunicipalityProfile> binder =
            new BeanValidationBinder<>(MunicipalityProfile.class);

    /** Edits an existing municipality, or adds a new one when {@code municipality} is null (admins). */
    MunicipalityProfileForm(MunicipalityService service, Municipality municipality, Consumer<Municipality> onSaved) {
        super(
                municipality == null
                        ? UI.getCurrent().getTranslation("directory.add")
                        : UI.getCurrent().getTranslation("directory.profile.edit-title", municipality.getName()),
                "min(60rem, 95vw)");

        name.setLabel(getTranslation("directory.column.name"));
        name.setRequiredIndicatorVisible(true);
        country.setLabel(getTranslation("directory.column.country"));
        country.setRequiredIndicatorVisible(true);
        region.setLabel(getTranslation("directory.column.region"));
        population.setLabel(getTranslation("directory.column.population"));
        population.setMin(0);
        languages.setLabel(getTranslation("directory.column.languages"));
        languages.setHelperText(getTranslation("directory.profile.languages-help"));
        latitude.setLabel(getTranslation("directory.profile.latitude"));
        longitude.setLabel(getTranslation("directory.profile.longitude"));
        description.setLabel(getTranslation("directory.profile.description"));
        description.setMaxLength(5000);
        pillars.setLabel(getTranslation("directory.profile.pillars"));
        pillars.setItems(Pillar.values());
        pillars.setItemLabelGenerator(p -> getTranslation(p.labelKey()));

        if (municipality != null && !service.canEditIdentity()) {
            // name, country and region identify the municipality: admins change them
            for (TextField identity : new TextField[] {name, country, region}) {
                identity.setReadOnly(true);
                identity.setHelperText(getTranslation("directory.profile.identity-locked"));
            }
        }
        binder.forField(name).bind("name");
        binder.forField(country).bind("country");
        binder.forField(region).bind("region");
        binder.forField(population).bind("population");
        binder.forField(languages).bind("languages");
        binder.forField(latitude).bind("latitude");
        binder.forField(longitude).bind("longitude");
        binder.forField(description).bind("description");
        binder.forField(pillars).bind("pillars");

        MunicipalityProfile profile =
                municipality == null ? new MunicipalityProfile() : MunicipalityProfile.of(municipality);
        binder.readBean(profile);
        needs.setLines(profile.getNeeds());
        offers.setLines(profile.getOffers());

        FormLayout form = new FormLayout(name, country, region, population, languages, latitude, longitude);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(description, 2);
        form.add(pillars, 2);
        add(form, needs, offers);

        onSave(
                () -> {
                    boolean linesValid = needs.validate() & offers.validate();
                    return binder.writeBeanIfValid(profile) && linesValid;
                },
                () -> {
                    profile.setNeeds(needs.getLines());
                    profile.setOffers(offers.getLines());
                    return municipality == null
                            ? service.create(profile)
                            : service.updateProfile(municipality.getId(), profile.getVersion(), profile);
                },
                "directory.profile.saved",
                Municipality::getName,
                onSaved);
    }
}
