package org.imc.platform.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.imc.platform.base.live.Following;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.ShownRows;
import org.imc.platform.base.ui.UiLanguage;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.learning.EnrolmentAction;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.MyEnrolment;
import org.imc.platform.learning.MyLearning;

/**
 * The learner's own enrolments: status and waitlist position, withdrawal, and the certificate
 * (code and PDF) of every completed course.
 */
@Route("learning/my")
@Menu(order = 52, icon = "vaadin:diploma", title = "nav.learning.my")
@PermitAll
class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    private final transient EnrolmentService enrolments;
    private final transient MyLearning mine;
    final Grid<MyEnrolment> grid = new Grid<>();
    private final Following following;
    final Paragraph empty = new Paragraph();
    private final ShownRows<MyEnrolment> shown = new ShownRows<>(row -> row);

    MyLearningView(EnrolmentService enrolments, MyLearning mine, LiveUpdates live) {
        this.following = live.follow(this, this::refresh);
        this.enrolments = enrolments;
        this.mine = mine;
        addClassName("imc-view");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(GridCells.<MyEnrolment>link(e -> "learning/courses/" + e.courseId(), MyEnrolment::courseTitle))
                .setHeader(getTranslation("learning.my.course"))
                .setFlexGrow(3);
        grid.addColumn(MyEnrolment::sessionName)
                .setHeader(getTranslation("learning.session.name"))
                .setFlexGrow(2);
        grid.addColumn(e -> Formats.date(e.startDate()) + " – " + Formats.date(e.endDate()))
                .setHeader(getTranslation("learning.session.dates"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.status().labelKey(e.overEnrolled()), e.waitlistPosition()))
                .setHeader(getTranslation("learning.my.status"))
                .setKey("status")
                .setFlexGrow(1);
        grid.addComponentColumn(this::certificate)
                .setHeader(getTranslation("learning.my.certificate"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // on a phone: course, status and certificate (withdrawing is on the course's page too)
        PhoneColumns.keep(grid, 0, 3, 4);
        grid.setAriaLabel(getTranslation("learning.my.title"));
        grid.setSizeFull();
        empty.setText(getTranslation("learning.my.none"));
        add(new H1(getTranslation("learning.my.title")), empty, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        List<MyEnrolment> rows = mine.enrolments();
        // promoted from a waitlist, approved, an outcome recorded: the learner's rows change at once
        following.topics(rows.stream()
                .map(r -> Topic.courseSession(r.sessionId()))
                .distinct()
                .toArray(Topic[]::new));
        // drawn again only when a row differs (not after the echo of the learner's own withdrawal)
        shown.setIfChanged(grid, rows);
        empty.setVisible(rows.isEmpty());
    }

    private Component certificate(MyEnrolment e) {
        Div cell = new Div();
        if (e.certificateCode() != null) {
            Span code = new Span(e.certificateCode());
            code.addClassName("imc-certificate-code");
            Anchor pdf = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = mine.certificatePdf(e.enrolmentId(), UiLanguage.current());
                        return new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(bytes),
                                "certificate-" + e.certificateCode() + ".pdf",
                                "application/pdf",
                                bytes.length);
                    }),
                    getTranslation("learning.my.download"));
            pdf.getElement().setAttribute("aria-label", getTranslation("learning.my.download.aria", e.courseTitle()));
            cell.add(code, new Span(" "), pdf);
        }
        return cell;
    }

    private Component actions(MyEnrolment e) {
        if (!e.allowedActions().contains(EnrolmentAction.WITHDRAW)) {
            return new Span();
        }
        Button withdraw = new Button(getTranslation("learning.withdraw"), click -> {
            if (UserMessages.attempt(() -> enrolments.withdraw(e.enrolmentId()))) {
                UserMessages.showSuccess("learning.withdrawn", e.courseTitle());
            }
            refresh();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        withdraw.setAriaLabel(getTranslation("learning.withdraw.aria", e.courseTitle()));
        return withdraw;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.my.title") + " · IMC";
    }
}
