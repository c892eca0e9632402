package org.imc.platform.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.learning.CourseContent;
import org.imc.platform.learning.CourseSession;
import org.imc.platform.learning.MeetingData;

/**
 * The meeting link and start of a live session, entered in the trainer's own time zone and kept
 * as an instant, so every learner sees it in theirs.
 */
class MeetingForm extends EditorDialog<CourseSession> {

    final TextField url = new TextField();
    final DateTimePicker startsAt = new DateTimePicker();

    MeetingForm(CourseContent content, CourseSession session, Consumer<CourseSession> onSaved) {
        super(UI.getCurrent().getTranslation("learning.meeting.title", session.getName()), "min(36rem, 95vw)");
        url.setLabel(getTranslation("learning.meeting.url"));
        startsAt.setLabel(getTranslation("learning.meeting.starts"));
        MeetingData current = content.meetingOf(session.getId());
        if (current.url() != null) {
            url.setValue(current.url());
        }
        if (current.startsAt() != null) {
            startsAt.setValue(LocalDateTime.ofInstant(current.startsAt(), Formats.zone()));
        }
        FormLayout form = new FormLayout(url, startsAt);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, new Paragraph(getTranslation("learning.meeting.note")));
        onSave(
                () -> true,
                () -> content.setMeeting(
                        session.getId(),
                        session.getVersion(),
                        new MeetingData(
                                url.getValue(),
                                startsAt.getValue() == null
                                        ? null
                                        : startsAt.getValue()
                                                .atZone(Formats.zone())
                                                .toInstant())),
                "learning.meeting.saved",
                CourseSession::getName,
                onSaved);
    }
}
