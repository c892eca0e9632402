package org.imc.platform.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.learning.CourseContent;
import org.imc.platform.learning.CourseModule;
import org.imc.platform.learning.ModuleData;

/** Adds or edits a module of one of the trainer's courses; the form fills a {@link ModuleData}. */
class ModuleForm extends EditorDialog<CourseModule> {

    ModuleForm(CourseContent content, Long courseId, CourseModule existing, Consumer<CourseModule> onSaved) {
        super(
                UI.getCurrent()
                        .getTranslation(
                                existing == null ? "learning.content.add-module" : "learning.content.edit-module"),
                "min(48rem, 95vw)");
        TextField title = new TextField(getTranslation("learning.content.module-title"));
        title.setRequiredIndicatorVisible(true);
        TextArea body = new TextArea(getTranslation("learning.content.body"));
        body.setMinRows(10);
        body.setMaxRows(24);
        TextField video = new TextField(getTranslation("learning.content.video"));
        IntegerField passMark = new IntegerField(getTranslation("learning.content.pass-mark"));
        passMark.setStepButtonsVisible(true);
        IntegerField attempts = new IntegerField(getTranslation("learning.content.attempts"));
        attempts.setStepButtonsVisible(true);

        BeanValidationBinder<ModuleData> binder = new BeanValidationBinder<>(ModuleData.class);
        binder.forField(title).bind("title");
        binder.forField(body).bind("body");
        binder.forField(video).bind("videoUrl");
        binder.forField(passMark).bind("passMark");
        binder.forField(attempts).bind("maxAttempts");
        binder.readRecord(existing == null ? ModuleData.blank() : ModuleData.of(existing));
        fields = new Fields(title, body, video, passMark, attempts);

        FormLayout form = new FormLayout(title, video, body, passMark, attempts);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(video, 2);
        form.setColspan(body, 2);
        add(form);
        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? content.addModule(courseId, values)
                        : content.updateModule(existing.getId(), existing.getVersion(), values),
                "learning.content.module-saved",
                CourseModule::getTitle,
                onSaved);
    }

    /** The fields, for tests. */
    record Fields(TextField title, TextArea body, TextField video, IntegerField passMark, IntegerField attempts) {}

    Fields fields;
}
