package org.imc.platform.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Objects;
import java.util.function.Consumer;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseData;
import org.imc.platform.learning.CourseFormat;
import org.imc.platform.learning.CourseLanguage;
import org.imc.platform.learning.CourseService;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.ui.SdgLabels;

/**
 * Adds or edits one of the trainer's courses. The form fills a {@link CourseData}, so a refused
 * save changes nothing.
 */
class CourseForm extends EditorDialog<Course> {

    private final BeanValidationBinder<CourseData> binder;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<SubProgramme> subProgramme = new ComboBox<>();
    final ComboBox<CourseLanguage> language = new ComboBox<>();
    final ComboBox<CourseFormat> format = new ComboBox<>();
    final IntegerField duration = new IntegerField();
    final ComboBox<Course> prerequisite = new ComboBox<>();

    final MultiSelectComboBox<String> sdgTargets;

    CourseForm(CourseService service, SdgService sdgs, Course existing, Consumer<Course> onSaved) {
        super(
                UI.getCurrent()
                        .getTranslation(
                                existing == null ? "learning.manage.add-course" : "learning.manage.edit-course"),
                "min(44rem, 95vw)");
        title.setLabel(getTranslation("learning.course.title"));
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("learning.course.description"));
        subProgramme.setLabel(getTranslation("learning.course.sub-programme"));
        subProgramme.setItems(SubProgramme.values());
        subProgramme.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        subProgramme.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("learning.course.language"));
        language.setItems(CourseLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        format.setLabel(getTranslation("learning.course.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        duration.setLabel(getTranslation("learning.course.duration"));
        duration.setRequiredIndicatorVisible(true);
        prerequisite.setLabel(getTranslation("learning.course.prerequisite"));
        prerequisite.setItems(service.all().stream()
                .filter(c -> existing == null || !Objects.equals(c.getId(), existing.getId()))
                .toList());
        prerequisite.setItemLabelGenerator(Course::getTitle);
        prerequisite.setClearButtonVisible(true);

        binder = new BeanValidationBinder<>(CourseData.class);
        binder.forField(title).bind("title");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(subProgramme).bind("subProgramme");
        binder.forField(language).bind("language");
        binder.forField(format).bind("format");
        binder.forField(duration).bind("durationHours");
        binder.forField(prerequisite)
                .withConverter(
                        p -> p == null ? null : p.getId(),
                        id -> id == null
                                ? null
                                : prerequisite
                                        .getListDataView()
                                        .getItems()
                                        .filter(p -> p.getId().equals(id))
                                        .findFirst()
                                        .orElse(null))
                .bind("prerequisiteId");
        sdgTargets = SdgLabels.picker(sdgs);
        binder.forField(sdgTargets).bind("sdgTargets");
        binder.readRecord(existing == null ? CourseData.blank() : CourseData.of(existing));

        FormLayout form =
                new FormLayout(title, subProgramme, language, format, duration, prerequisite, sdgTargets, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(sdgTargets, 2);
        add(form);
        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.create(values)
                        : service.update(existing.getId(), existing.getVersion(), values),
                "learning.manage.course-saved",
                Course::getTitle,
                onSaved);
    }
}
