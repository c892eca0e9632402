package org.imc.platform.fund.ui;

import org.imc.platform.security.Roles;
import org.imc.platform.base.RecordNotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.ApplicationDocuments;
import org.imc.platform.fund.ApplicationDraft;
import org.imc.platform.fund.ApplicationStatus;
import org.imc.platform.fund.DocumentContent;
import org.imc.platform.fund.DocumentInfo;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.fund.FundApplicationService;
import org.imc.platform.fund.Loan;
import org.imc.platform.fund.Rubric;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

/**
 * One application: the mayor's form while it is a draft, its documents, its history of review,
 * and the actions the signed-in user may take in its current state.
 */
@Route("fund/applications/:id")
@RolesAllowed({Roles.MAYOR, Roles.FUND_OFFICER})
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final BigDecimal DEFAULT_RATE = new BigDecimal("5.0000");

    // the form
    final TextField title = new TextField();
    final ComboBox<SubProgramme> subProgramme = new ComboBox<>();
    final TextArea description = new TextArea();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField term = new IntegerField();
    final IntegerField grace = new IntegerField();
    final BigDecimalField coFinancing = new BigDecimalField();
    final IntegerField beneficiaries = new IntegerField();
    Button save;
    Button submit;
    Upload upload;
    Grid<DocumentInfo> documentGrid;
    // officer and applicant actions
    Button take;
    final TextArea question = new TextArea();
    Button requestInfo;
    final TextArea answer = new TextArea();
    Button sendAnswer;
    final IntegerField scoreHealth = score("fund.rubric.health");
    final IntegerField scoreBeneficiaries = score("fund.rubric.beneficiaries");
    final IntegerField scoreFinancial = score("fund.rubric.financial");
    final IntegerField scoreReadiness = score("fund.rubric.readiness");
    final TextArea recommendation = new TextArea();
    Button recommend;
    final BigDecimalField rate = new BigDecimalField();
    final TextArea approvalNote = new TextArea();
    Button approve;
    final TextArea rejectReason = new TextArea();
    Button reject;

    private final transient FundApplicationService service;
    private final transient ApplicationDocuments documentService;
    private final transient MunicipalityService municipalities;
    private final transient UserService users;
    private final transient CurrentUser currentUser;
    private final BeanValidationBinder<ApplicationDraft> binder = new BeanValidationBinder<>(ApplicationDraft.class);
    private FundApplication application;
    private String pageTitle = "";

    ApplicationView(FundApplicationService service, ApplicationDocuments documentService, MunicipalityService municipalities,
                    UserService users, CurrentUser currentUser) {
        this.service = service;
        this.documentService = documentService;
        this.municipalities = municipalities;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("imc-view");
        setWidthFull();

        title.setLabel(getTranslation("fund.field.title"));
        title.setRequiredIndicatorVisible(true);
        subProgramme.setLabel(getTranslation("fund.field.sub-programme"));
        subProgramme.setItems(SubProgramme.values());
        subProgramme.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        subProgramme.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("fund.field.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(5000);
        amount.setLabel(getTranslation("fund.field.amount"));
        amount.setHelperText(getTranslation("fund.field.amount.help"));
        amount.setRequiredIndicatorVisible(true);
        term.setLabel(getTranslation("fund.field.term"));
        term.setRequiredIndicatorVisible(true);
        grace.setLabel(getTranslation("fund.field.grace"));
        coFinancing.setLabel(getTranslation("fund.field.co-financing"));
        beneficiaries.setLabel(getTranslation("fund.field.beneficiaries"));
        beneficiaries.setRequiredIndicatorVisible(true);

        binder.forField(title).bind("title");
        binder.forField(subProgramme).bind("subProgramme");
        binder.forField(description).bind("description");
        binder.forField(amount).bind("amount");
        binder.forField(term).bind("termMonths");
        binder.forField(grace).bind("graceMonths");
        binder.forField(coFinancing).bind("coFinancing");
        binder.forField(beneficiaries).bind("beneficiaries");

        question.setLabel(getTranslation("fund.action.question"));
        answer.setLabel(getTranslation("fund.action.answer"));
        recommendation.setLabel(getTranslation("fund.action.recommendation"));
        rate.setLabel(getTranslation("fund.action.rate"));
        rate.setHelperText(getTranslation("fund.action.rate.help"));
        approvalNote.setLabel(getTranslation("fund.action.approval-note"));
        rejectReason.setLabel(getTranslation("fund.action.reject-reason"));
        for (TextArea area : new TextArea[] {question, answer, recommendation, approvalNote, rejectReason}) {
            area.setMaxLength(2000);
            area.setWidthFull();
        }
    }

    private IntegerField score(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(1);
        field.setMax(5);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation("fund.rubric.help"));
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if ("new".equals(id)) {
            if (!currentUser.hasRole(Role.MAYOR)) {
                throw new NotFoundException();
            }
            application = null;
            showNew();
            return;
        }
        try {
            application = service.get(Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException e) {
            throw new NotFoundException();
        }
        show();
    }

    private void showNew() {
        removeAll();
        pageTitle = getTranslation("fund.application.new");
        ApplicationDraft draft = new ApplicationDraft();
        binder.readBean(draft);
        setFormReadOnly(false);
        save = new Button(getTranslation("fund.application.save-draft"), e -> saveNew(draft));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Anchor("fund/applications", getTranslation("fund.back-to-list")), new H1(pageTitle), form(), save);
    }

    private void saveNew(ApplicationDraft draft) {
        if (!binder.writeBeanIfValid(draft)) {
            UserMessages.showError(new BusinessException("error.form-invalid"));
            return;
        }
        try {
            FundApplication created = service.createDraft(draft);
            UserMessages.showSuccess("fund.application.saved", created.getTitle());
            getUI().ifPresent(ui -> ui.navigate("fund/applications/" + created.getId()));
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private void show() {
        removeAll();
        save = submit = take = requestInfo = sendAnswer = recommend = approve = reject = null;
        upload = null;
        FundApplication a = application;
        pageTitle = a.getTitle();
        boolean applicant = currentUser.isMayorOf(a.getMunicipalityId());
        boolean officer = currentUser.hasRole(Role.FUND_OFFICER);

        Span status = new Span(getTranslation(a.getStatus().labelKey()));
        status.addClassName("imc-tag");
        status.setId("application-status");
        Paragraph where = new Paragraph(municipalities.get(a.getMunicipalityId()).getName()
                + (a.getSubmittedAt() == null ? "" : " · " + getTranslation("fund.application.submitted-on", Formats.dateTime(a.getSubmittedAt()))));
        where.addClassName("imc-muted");
        add(new Anchor("fund/applications", getTranslation("fund.back-to-list")), new H1(a.getTitle()), status, where);

        ApplicationDraft draft = ApplicationDraft.of(a);
        binder.readBean(draft);
        boolean editable = applicant && a.getStatus() == ApplicationStatus.DRAFT;
        setFormReadOnly(!editable);
        add(form());
        if (editable) {
            save = new Button(getTranslation("fund.application.save-draft"), e -> saveDraft(draft));
            submit = new Button(getTranslation("fund.application.submit"), e -> act(() -> service.submit(a.getId(), a.getVersion()),
                    "fund.application.submitted"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(save, submit));
        }

        documents(a, applicant);
        history(a);

        if (applicant && a.getStatus() == ApplicationStatus.INFO_REQUESTED) {
            answer.clear();
            sendAnswer = new Button(getTranslation("fund.action.send-answer"),
                    e -> act(() -> service.answer(a.getId(), a.getVersion(), answer.getValue()), "fund.action.answered"));
            sendAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(section("fund.action.answer-title", answer, sendAnswer));
        }
        if (officer) {
            officerActions(a);
        }
        if (a.getStatus() == ApplicationStatus.APPROVED) {
            add(new Anchor("fund/loans", getTranslation("fund.application.see-loans")));
        }
    }

    private void officerActions(FundApplication a) {
        switch (a.getStatus()) {
            case SUBMITTED -> {
                take = new Button(getTranslation("fund.action.take"), e -> act(() -> service.take(a.getId(), a.getVersion()),
                        "fund.action.taken"));
                take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(take);
            }
            case UNDER_REVIEW -> {
                question.clear();
                requestInfo = new Button(getTranslation("fund.action.request-info"),
                        e -> act(() -> service.requestInfo(a.getId(), a.getVersion(), question.getValue()), "fund.action.info-requested"));
                add(section("fund.action.request-info-title", question, requestInfo));
                recommendation.clear();
                recommend = new Button(getTranslation("fund.action.recommend"), e -> act(() -> service.recommend(a.getId(), a.getVersion(),
                        new Rubric(scoreHealth.getValue(), scoreBeneficiaries.getValue(), scoreFinancial.getValue(), scoreReadiness.getValue()),
                        recommendation.getValue()), "fund.action.recommended"));
                recommend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                FormLayout scores = new FormLayout(scoreHealth, scoreBeneficiaries, scoreFinancial, scoreReadiness);
                scores.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 4));
                add(section("fund.action.recommend-title", new Paragraph(getTranslation("fund.rubric.explained")), scores,
                        recommendation, recommend));
                addReject(a);
            }
            case RECOMMENDED -> {
                if (currentUser.require().id().equals(a.getRecommendedByUserId())) {
                    add(section("fund.action.approve-title", new Paragraph(getTranslation("fund.action.four-eyes"))));
                } else {
                    rate.setValue(DEFAULT_RATE);
                    approvalNote.clear();
                    approve = new Button(getTranslation("fund.action.approve"), e -> {
                        try {
                            Loan loan = service.approve(a.getId(), a.getVersion(), rate.getValue(), approvalNote.getValue());
                            UserMessages.showSuccess("fund.action.approved", a.getTitle());
                            getUI().ifPresent(ui -> ui.navigate("fund/loans/" + loan.getId()));
                        } catch (RuntimeException ex) {
                            UserMessages.showError(ex);
                        }
                    });
                    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                    add(section("fund.action.approve-title", rate, approvalNote, approve));
                }
                addReject(a);
            }
            default -> {
            }
        }
    }

    private void addReject(FundApplication a) {
        rejectReason.clear();
        reject = new Button(getTranslation("fund.action.reject"), e -> act(() -> service.reject(a.getId(), a.getVersion(),
                rejectReason.getValue()), "fund.action.rejected"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(section("fund.action.reject-title", rejectReason, reject));
    }

    private void history(FundApplication a) {
        Div facts = new Div();
        facts.addClassName("imc-card-grid");
        if (a.getReviewerUserId() != null) {
            facts.add(fact("fund.application.reviewer", name(a.getReviewerUserId())));
        }
        if (a.getInfoQuestion() != null) {
            facts.add(fact("fund.application.question", a.getInfoQuestion()));
        }
        if (a.getInfoAnswer() != null) {
            facts.add(fact("fund.application.answer", a.getInfoAnswer()));
        }
        if (a.getPriorityScore() != null) {
            facts.add(fact("fund.application.score", getTranslation("fund.application.score-value", Formats.decimal(a.getPriorityScore()),
                    a.getScoreHealth(), a.getScoreBeneficiaries(), a.getScoreFinancial(), a.getScoreReadiness())));
            facts.add(fact("fund.application.recommended-by", name(a.getRecommendedByUserId())
                    + (a.getRecommendation() == null ? "" : " — " + a.getRecommendation())));
        }
        if (a.getDecidedByUserId() != null) {
            facts.add(fact("fund.application.decided-by", name(a.getDecidedByUserId()) + " · " + Formats.dateTime(a.getDecidedAt())
                    + (a.getDecisionReason() == null ? "" : " — " + a.getDecisionReason())));
        }
        if (facts.getChildren().findAny().isPresent()) {
            add(new H2(getTranslation("fund.application.review")), facts);
        }
    }

    private void documents(FundApplication a, boolean applicant) {
        add(new H2(getTranslation("fund.documents.title")));
        documentGrid = new Grid<>(DocumentInfo.class, false);
        documentGrid.addComponentColumn(d -> {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                DocumentContent content = documentService.download(d.id());
                return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                        content.contentType(), content.content().length);
            }), d.fileName());
            link.getElement().setAttribute("download", true);
            return link;
        }).setHeader(getTranslation("fund.documents.name")).setFlexGrow(3);
        documentGrid.addColumn(d -> d.contentType()).setHeader(getTranslation("fund.documents.type")).setAutoWidth(true);
        documentGrid.addColumn(d -> Formats.number(Math.max(1, d.sizeBytes() / 1024)) + " KB")
                .setHeader(getTranslation("fund.documents.size")).setAutoWidth(true);
        documentGrid.setAllRowsVisible(true);
        documentGrid.setAriaLabel(getTranslation("fund.documents.title"));
        documentGrid.setItems(documentService.list(a.getId()));
        add(documentGrid);
        if (applicant && (a.getStatus() == ApplicationStatus.DRAFT || a.getStatus() == ApplicationStatus.INFO_REQUESTED)) {
            upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    documentService.add(a.getId(), metadata.fileName(), bytes);
                    UserMessages.showSuccess("fund.documents.added", metadata.fileName());
                    documentGrid.setItems(documentService.list(a.getId()));
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            }))));
            upload.setMaxFileSize(ApplicationDocuments.MAX_DOCUMENT_BYTES);
            upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
            upload.addFileRejectedListener(e -> UserMessages.showError(new BusinessException("fund.documents.rejected",
                    e.getFileName(), e.getErrorMessage())));
            upload.getElement().setAttribute("aria-label", getTranslation("fund.documents.upload"));
            add(new Paragraph(getTranslation("fund.documents.rules")), upload);
        }
    }

    private void saveDraft(ApplicationDraft draft) {
        if (!binder.writeBeanIfValid(draft)) {
            UserMessages.showError(new BusinessException("error.form-invalid"));
            return;
        }
        act(() -> service.updateDraft(application.getId(), application.getVersion(), draft), "fund.application.saved");
    }

    /** Runs a transition; on success shows the application again as it now is. */
    private void act(java.util.function.Supplier<FundApplication> action, String successKey) {
        try {
            application = action.get();
            UserMessages.showSuccess(successKey, application.getTitle());
            show();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(title, subProgramme, description, amount, term, grace, coFinancing, beneficiaries);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setMaxWidth("60rem");
        return form;
    }

    private void setFormReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        subProgramme.setReadOnly(readOnly);
        description.setReadOnly(readOnly);
        amount.setReadOnly(readOnly);
        term.setReadOnly(readOnly);
        grace.setReadOnly(readOnly);
        coFinancing.setReadOnly(readOnly);
        beneficiaries.setReadOnly(readOnly);
    }

    private Div section(String titleKey, Component... content) {
        Div box = new Div(new H2(getTranslation(titleKey)));
        box.add(content);
        box.addClassName("imc-card");
        box.addClassName("imc-action");
        return box;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("imc-card-caption");
        Div box = new Div(label, new Paragraph(value));
        box.addClassName("imc-card");
        return box;
    }

    private String name(Long userId) {
        return users.summary(userId).map(UserSummary::fullName).orElse("—");
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · IMC";
    }
}
