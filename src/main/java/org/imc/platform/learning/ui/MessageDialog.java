package org.imc.platform.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.learning.CourseProgress;

/** The trainer's message to the learners of a session, sent by e-mail through the outbox. */
class MessageDialog extends EditorDialog<Integer> {

    final TextField subject = new TextField();
    final TextArea text = new TextArea();

    MessageDialog(CourseProgress progress, Long sessionId, String sessionName) {
        super(UI.getCurrent().getTranslation("learning.message.title", sessionName), "min(40rem, 95vw)");
        saveButton().setText(getTranslation("learning.message.send"));
        subject.setLabel(getTranslation("learning.message.subject"));
        subject.setRequiredIndicatorVisible(true);
        subject.setMaxLength(150);
        text.setLabel(getTranslation("learning.message.text"));
        text.setRequiredIndicatorVisible(true);
        text.setMinRows(6);
        text.setMaxLength(5000);
        FormLayout form = new FormLayout(subject, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, new Paragraph(getTranslation("learning.message.note")));
        onSave(
                () -> true,
                () -> progress.messageLearners(sessionId, subject.getValue(), text.getValue()),
                "learning.message.sent",
                String::valueOf,
                sent -> {});
    }
}
