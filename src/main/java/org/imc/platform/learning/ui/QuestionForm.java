package org.imc.platform.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.learning.CourseContent;
import org.imc.platform.learning.QuestionData;
import org.imc.platform.learning.QuizQuestionEdit;

/**
 * Adds or edits a quiz question: the prompt, the options one per line, and the number (from 1) of
 * the right one. The service validates the {@link QuestionData} it builds.
 */
class QuestionForm extends EditorDialog<QuizQuestionEdit> {

    final TextField prompt = new TextField();
    final TextArea options = new TextArea();
    final IntegerField correct = new IntegerField();

    QuestionForm(CourseContent content, Long moduleId, QuizQuestionEdit existing, Consumer<QuizQuestionEdit> onSaved) {
        super(UI.getCurrent().getTranslation("learning.content.add-question"), "min(40rem, 95vw)");
        prompt.setLabel(getTranslation("learning.content.prompt"));
        prompt.setRequiredIndicatorVisible(true);
        options.setLabel(getTranslation("learning.content.options"));
        options.setMinRows(3);
        correct.setLabel(getTranslation("learning.content.correct"));
        correct.setStepButtonsVisible(true);
        correct.setMin(1);
        correct.setMax(6);
        if (existing != null) {
            prompt.setValue(existing.prompt());
            options.setValue(String.join("\n", existing.options()));
            correct.setValue(existing.correctOption() + 1);
        }
        FormLayout form = new FormLayout(prompt, options, correct);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        onSave(
                () -> true,
                () -> {
                    QuestionData data = data();
                    return existing == null
                            ? content.addQuestion(moduleId, data)
                            : content.updateQuestion(existing.id(), existing.version(), data);
                },
                "learning.content.question-saved",
                q -> "",
                onSaved);
    }

    QuestionData data() {
        List<String> lines = Arrays.stream(options.getValue().split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        return new QuestionData(prompt.getValue(), lines, correct.getValue() == null ? -1 : correct.getValue() - 1);
    }
}
