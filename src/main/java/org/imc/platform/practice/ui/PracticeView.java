package org.imc.platform.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Documents;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.DocumentUpload;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.practice.AttachmentContent;
import org.imc.platform.practice.Practice;
import org.imc.platform.practice.PracticeAction;
import org.imc.platform.practice.PracticeAttachment;
import org.imc.platform.practice.PracticeData;
import org.imc.platform.practice.PracticeService;
import org.imc.platform.practice.PracticeStatus;
import org.imc.platform.practice.PracticeSummary;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.ui.SdgLabels;
import org.imc.platform.workplan.MeasuredGoal;

/**
 * One practice: what the problem was, what was done, the results, cost and lessons, its tags and
 * attachments, the review step the signed-in user may take, and related practices.
 */
@Route("practices")
@PermitAll
class PracticeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PracticeService service;
    private final transient SdgService sdgs;
    private String title = "";
    Practice practice;
    Button edit;
    /** The measured goal of the results, when there is one the reader may see. */
    Div measuredResults;

    Upload upload;
    final List<Button> actions = new ArrayList<>();

    private final transient MunicipalityService municipalities;

    PracticeView(PracticeService service, SdgService sdgs, MunicipalityService municipalities) {
        this.municipalities = municipalities;
        this.service = service;
        this.sdgs = sdgs;
        addClassName("imc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(service.get(id));
        } catch (RecordNotFoundException e) {
            throw new NotFoundException();
        }
    }

    void show(Practice p) {
        practice = p;
        removeAll();
        actions.clear();
        edit = null;
        upload = null;
        measuredResults = null;
        title = p.getTitle();
        Span status = new Span(getTranslation(p.getStatus().labelKey()));
        status.addClassName("imc-tag");
        Paragraph meta = new Paragraph(p.getCountry() + " · " + p.getLanguage().nativeName() + " · "
                + p.getSubProgrammes().stream()
                        .map(s -> getTranslation(s.labelKey()))
                        .collect(Collectors.joining(", ")));
        meta.addClassName("imc-muted");
        if (p.getMunicipalityId() != null) {
            meta.setText(meta.getText() + " · "
                    + getTranslation(
                            "practice.contact",
                            municipalities.get(p.getMunicipalityId()).getName()));
        }
        add(new Anchor("practices", getTranslation("practice.back")), new H1(p.getTitle()), status, meta);
        if (p.getReviewComment() != null && p.getStatus() == PracticeStatus.RETURNED) {
            Paragraph comment = new Paragraph(getTranslation("practice.review-comment", p.getReviewComment()));
            comment.addClassName("imc-action");
            add(comment);
        }
        Div buttons = new Div();
        buttons.addClassName("imc-filters");
        if (service.canEdit(p)) {
            edit = new Button(
                    getTranslation("action.edit"),
                    e -> new PracticeForm(
                                    service,
                                    sdgs,
                                    p,
                                    PracticeData.of(p),
                                    contact(p),
                                    saved -> show(service.get(p.getId())))
                            .open());
            buttons.add(edit);
        }
        for (PracticeAction action : service.allowedActions(p)) {
            Button b = new Button(getTranslation(action.labelKey()), e -> act(p, action));
            if (action != PracticeAction.RETURN) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(b);
            buttons.add(b);
        }
        add(buttons);
        add(new Paragraph(p.getSummary()));
        section("practice.field.problem", p.getProblem());
        section("practice.field.what-was-done", p.getWhatWasDone());
        section("practice.field.results", p.getResults());
        service.measuredResults(p).ifPresent(this::measured);
        if (p.getCost() != null) {
            section("practice.field.cost", Formats.decimal(p.getCost()));
        }
        if (p.getLessons() != null) {
            section("practice.field.lessons", p.getLessons());
        }
        if (!p.getSdgTargets().isEmpty()) {
            UnorderedList tags = new UnorderedList();
            p.getSdgTargets().forEach(code -> tags.add(new ListItem(SdgLabels.target(sdgs, code))));
            add(new H2(getTranslation("sdg.targets")), tags);
        }
        attachments(p);
        List<PracticeSummary> related =
                p.getStatus() == PracticeStatus.PUBLISHED ? service.related(p.getId(), 5) : List.of();
        if (!related.isEmpty()) {
            UnorderedList list = new UnorderedList();
            related.forEach(r -> list.add(new ListItem(new Anchor("practices/" + r.id(), r.title()))));
            add(new H2(getTranslation("practice.related")), list);
        }
    }

    private java.util.Map<Long, String> contact(Practice p) {
        if (p.getMunicipalityId() == null) {
            return java.util.Map.of();
        }
        return java.util.Map.of(
                p.getMunicipalityId(), municipalities.get(p.getMunicipalityId()).getName());
    }

    /** The measured goal the results refer to, with its latest measurement. */
    private void measured(MeasuredGoal g) {
        Paragraph goal = new Paragraph(getTranslation("practice.measured.goal", g.goal(), String.valueOf(g.year())));
        Paragraph figures = new Paragraph(getTranslation(
                "practice.measured.figures",
                g.what(),
                Formats.decimal(g.baseline()),
                Formats.decimal(g.target()),
                g.unit()));
        Paragraph latest = new Paragraph(
                g.latestValue() == null
                        ? getTranslation("practice.measured.none")
                        : getTranslation(
                                "practice.measured.latest",
                                Formats.decimal(g.latestValue()),
                                g.unit(),
                                Formats.date(g.latestDate())));
        latest.addClassName("imc-measured-latest");
        measuredResults = new Div(new H2(getTranslation("practice.measured")), goal, figures, latest);
        measuredResults.addClassName("imc-card");
        add(measuredResults);
    }

    private void section(String key, String text) {
        Paragraph body = new Paragraph(text);
        body.getStyle().set("white-space", "pre-line");
        add(new H2(getTranslation(key)), body);
    }

    private void attachments(Practice p) {
        List<PracticeAttachment> files = service.attachments(p.getId());
        boolean editable = service.canEdit(p);
        if (files.isEmpty() && !editable) {
            return;
        }
        add(new H2(getTranslation("practice.attachments")));
        UnorderedList list = new UnorderedList();
        for (PracticeAttachment a : files) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        AttachmentContent c = service.download(a.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(c.content()),
                                c.fileName(),
                                c.contentType(),
                                c.content().length);
                    }),
                    a.fileName());
            link.getElement().setAttribute("download", true);
            list.add(new ListItem(link));
        }
        add(list);
        if (editable) {
            upload = new Upload(new DocumentUpload(
                    Documents.MAX_BYTES,
                    (fileName, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                        if (UserMessages.attempt(() -> service.attach(p.getId(), fileName, bytes))) {
                            UserMessages.showSuccess("fund.documents.added", fileName);
                            show(service.get(p.getId()));
                        }
                    })),
                    fileName -> getUI().ifPresent(ui -> ui.access(() -> UserMessages.showError(new BusinessException(
                            "fund.error.document-too-large", Documents.MAX_BYTES / (1024 * 1024)))))));
            ComponentTexts.upload(upload);
            upload.setMaxFileSize(Documents.MAX_BYTES);
            upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
            upload.getElement().setAttribute("aria-label", getTranslation("practice.attachments.upload"));
            add(new Paragraph(getTranslation("fund.documents.rules")), upload);
        }
    }

    private void act(Practice p, PracticeAction action) {
        if (action != PracticeAction.RETURN) {
            UserMessages.attemptToGet(() -> service.perform(p.getId(), p.getVersion(), action, null))
                    .ifPresent(done -> {
                        UserMessages.showSuccess("practice.done", getTranslation(action.labelKey()));
                        show(done);
                    });
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(action.labelKey()));
        dialog.setWidth("min(36rem, 95vw)");
        TextArea comment = new TextArea(getTranslation("practice.review-comment.label"));
        comment.setRequiredIndicatorVisible(true);
        comment.setMaxLength(2000);
        comment.setWidthFull();
        dialog.add(comment);
        Button confirm = new Button(getTranslation(action.labelKey()), e -> {
            String value = comment.getValue() == null ? "" : comment.getValue().trim();
            String problem = value.isEmpty()
                    ? "practice.error.comment-required"
                    : FreeText.isPlain(value) ? null : "validation.plain-text";
            if (problem != null) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation(problem));
                return;
            }
            UserMessages.attemptToGet(() -> service.perform(p.getId(), p.getVersion(), action, value))
                    .ifPresent(done -> {
                        dialog.close();
                        UserMessages.showSuccess("practice.done", getTranslation(action.labelKey()));
                        show(done);
                    });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · IMC";
    }
}
