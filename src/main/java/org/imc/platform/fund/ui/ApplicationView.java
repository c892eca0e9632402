package org.imc.platform.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.Following;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.ChangedElsewhere;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.ApplicationDocuments;
import org.imc.platform.fund.ApplicationDraft;
import org.imc.platform.fund.ApplicationStatus;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.fund.FundApplicationService;
import org.imc.platform.practice.PracticeService;
import org.imc.platform.practice.ui.PracticeSuggestions;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;

/**
 * One application: the mayor's form ({@link ApplicationForm}, editable while a draft), its
 * documents ({@link DocumentsPanel}), its history of review, and the actions the signed-in user
 * may take in its current state ({@link ApplicationActionsPanel}).
 */
@Route("fund/applications/:id")
@RolesAllowed({Roles.MAYOR, Roles.FUND_OFFICER})
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FundApplicationService service;
    private final transient ApplicationDocuments documentService;
    private final transient MunicipalityService municipalities;
    private final transient UserService users;
    private final transient CurrentUser currentUser;
    private final ApplicationForm form;
    /** "Municipalities that did this before" for the chosen sub-programme. */
    final PracticeSuggestions practices;

    private Button save;
    private DocumentsPanel documents;
    private ApplicationActionsPanel actions;
    private FundApplication application;
    private String pageTitle = "";
    private final Following following;
    private ChangedElsewhere changedNotice;

    ApplicationView(
            FundApplicationService service,
            ApplicationDocuments documentService,
            MunicipalityService municipalities,
            UserService users,
            CurrentUser currentUser,
            MoneyFormat money,
            SdgService sdgs,
            PracticeService practiceService,
            LiveUpdates live) {
        this.form = new ApplicationForm(sdgs);
        this.practices = new PracticeSuggestions(practiceService);
        form.subProgramme.addValueChangeListener(e -> practices.show(e.getValue()));
        this.service = service;
        this.following = live.follow(this, this::changedElsewhere);
        money.field(form.amount);
        money.field(form.coFinancing);
        form.amount.setHelperText(getTranslation(
                "fund.field.amount.help",
                money.format(new java.math.BigDecimal("1000.00")),
                money.format(new java.math.BigDecimal("10000000.00"))));
        this.documentService = documentService;
        this.municipalities = municipalities;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("imc-view");
        setWidthFull();
    }

    /** The application form. */
    ApplicationForm form() {
        return form;
    }

    /** The save button, when the signed-in user may change the form. */
    Button save() {
        return save;
    }

    /** The documents of the application shown (null on a new application). */
    DocumentsPanel documents() {
        return documents;
    }

    /** The actions on the application shown (null on a new application). */
    ApplicationActionsPanel actions() {
        return actions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if ("new".equals(id)) {
            if (!currentUser.hasRole(Role.MAYOR)) {
                throw new NotFoundException();
            }
            application = null;
            following.topics();
            showNew();
            return;
        }
        try {
            application = service.get(Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException e) {
            throw new NotFoundException();
        }
        following.topics(Topic.fundApplication(application.getId()));
        show();
    }

    /**
     * Someone else changed the application (its status moved, a question or an answer came):
     * shown at once; over a draft being edited here, a notice offers to reload instead, so what
     * was typed is not lost.
     */
    private void changedElsewhere() {
        if (application == null) {
            return;
        }
        FundApplication fresh = service.get(application.getId());
        if (fresh.getVersion() == application.getVersion()) {
            return;
        }
        if (save != null) {
            if (changedNotice == null) {
                changedNotice = new ChangedElsewhere(() -> {
                    application = service.get(application.getId());
                    show();
                });
                addComponentAtIndex(1, changedNotice);
            }
            return;
        }
        application = fresh;
        show();
    }

    private void showNew() {
        removeAll();
        documents = null;
        actions = null;
        pageTitle = getTranslation("fund.application.new");
        ApplicationDraft draft = new ApplicationDraft();
        form.read(draft, true);
        save = new Button(getTranslation("fund.application.save-draft"), e -> saveNew(draft));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Anchor("fund/applications", getTranslation("fund.back-to-list")), new H1(pageTitle), form, save);
        practices.show(form.subProgramme.getValue());
        add(practices);
    }

    private void saveNew(ApplicationDraft draft) {
        if (!form.writeIfValid(draft)) {
            UserMessages.showError(new BusinessException("error.form-invalid"));
            return;
        }
        UserMessages.attemptToGet(() -> service.createDraft(draft)).ifPresent(created -> {
            UserMessages.showSuccess("fund.application.saved", created.getTitle());
            getUI().ifPresent(ui -> ui.navigate("fund/applications/" + created.getId()));
        });
    }

    private void show() {
        removeAll();
        changedNotice = null;
        save = null;
        FundApplication a = application;
        pageTitle = a.getTitle();

        Span status = new Span(getTranslation(a.getStatus().labelKey()));
        status.addClassName("imc-tag");
        status.setId("application-status");
        Paragraph where =
                new Paragraph(municipalities.get(a.getMunicipalityId()).getName()
                        + (a.getSubmittedAt() == null
                                ? ""
                                : " · "
                                        + getTranslation(
                                                "fund.application.submitted-on",
                                                Formats.dateTime(a.getSubmittedAt()))));
        where.addClassName("imc-muted");
        add(new Anchor("fund/applications", getTranslation("fund.back-to-list")), new H1(a.getTitle()), status, where);

        ApplicationDraft draft = ApplicationDraft.of(a);
        boolean editable = service.canEdit(a);
        form.read(draft, editable);
        add(form);
        practices.show(form.subProgramme.getValue());
        add(practices);
        if (editable) {
            save = new Button(getTranslation("fund.application.save-draft"), e -> saveDraft(draft));
            add(save);
        }
        documents = new DocumentsPanel(documentService, a);
        add(documents);
        history(a);
        actions = new ApplicationActionsPanel(service, a, updated -> {
            application = updated;
            show();
        });
        add(actions);
        if (a.getStatus() == ApplicationStatus.APPROVED) {
            add(new Anchor("fund/loans", getTranslation("fund.application.see-loans")));
        }
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
            facts.add(fact(
                    "fund.application.score",
                    getTranslation(
                            "fund.application.score-value",
                            Formats.decimal(a.getPriorityScore()),
                            a.getScoreHealth(),
                            a.getScoreBeneficiaries(),
                            a.getScoreFinancial(),
                            a.getScoreReadiness())));
            facts.add(fact(
                    "fund.application.recommended-by",
                    name(a.getRecommendedByUserId())
                            + (a.getRecommendation() == null ? "" : " — " + a.getRecommendation())));
        }
        if (a.getDecidedByUserId() != null) {
            facts.add(fact(
                    "fund.application.decided-by",
                    name(a.getDecidedByUserId()) + " · " + Formats.dateTime(a.getDecidedAt())
                            + (a.getDecisionReason() == null ? "" : " — " + a.getDecisionReason())));
        }
        if (facts.getChildren().findAny().isPresent()) {
            add(new H2(getTranslation("fund.application.review")), facts);
        }
    }

    private void saveDraft(ApplicationDraft draft) {
        if (!form.writeIfValid(draft)) {
            UserMessages.showError(new BusinessException("error.form-invalid"));
            return;
        }
        UserMessages.attemptToGet(() -> service.updateDraft(application.getId(), application.getVersion(), draft))
                .ifPresent(updated -> {
                    application = updated;
                    UserMessages.showSuccess("fund.application.saved", updated.getTitle());
                    show();
                });
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
