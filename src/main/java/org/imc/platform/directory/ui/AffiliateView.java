package org.imc.platform.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.directory.Affiliate;
import org.imc.platform.directory.AffiliateAgreement;
import org.imc.platform.directory.AffiliateService;
import org.imc.platform.directory.AgreementService;
import org.imc.platform.directory.AgreementState;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.imc.platform.workplan.PlanOwner;
import org.imc.platform.workplan.WorkPlanService;
import org.imc.platform.workplan.ui.WorkPlanSection;

/**
 * One affiliate organisation with its agreements, latest first: each with its state (in force,
 * due for renewal, expired), both signatures, areas of emphasis, liaison and annual work plans
 * (the same work-plan component as a partnership's). Liaisons record and change them.
 */
@Route("affiliates")
@PermitAll
class AffiliateView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient AffiliateService affiliates;
    private final transient AgreementService agreements;
    private final transient WorkPlanService workPlans;
    private final transient SdgService sdgs;
    private final transient UserService users;
    private String title = "";
    Button addAgreement;
    final List<Button> editButtons = new ArrayList<>();
    final List<WorkPlanSection> plans = new ArrayList<>();

    AffiliateView(
            AffiliateService affiliates,
            AgreementService agreements,
            WorkPlanService workPlans,
            SdgService sdgs,
            UserService users) {
        this.affiliates = affiliates;
        this.agreements = agreements;
        this.workPlans = workPlans;
        this.sdgs = sdgs;
        this.users = users;
        addClassName("imc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(affiliates.get(id));
        } catch (RecordNotFoundException e) {
            throw new NotFoundException();
        }
    }

    void show(Affiliate a) {
        removeAll();
        editButtons.clear();
        plans.clear();
        addAgreement = null;
        title = a.getAcronym() == null ? a.getName() : a.getName() + " (" + a.getAcronym() + ")";
        Paragraph where = new Paragraph(
                a.getCountry() + " · " + getTranslation(a.getScope().labelKey()));
        where.addClassName("imc-muted");
        add(new Anchor("affiliates", getTranslation("agreement.back")), new H1(title), where);
        if (a.getNotes() != null) {
            add(new Paragraph(a.getNotes()));
        }
        add(new H2(getTranslation("agreement.title")));
        boolean editable = agreements.canEdit();
        List<UserSummary> liaisons = editable ? users.withRole(Role.LIAISON) : List.of();
        if (editable) {
            addAgreement = new Button(
                    getTranslation("agreement.add"),
                    new Icon("vaadin:plus"),
                    e -> new AgreementDialog(
                                    agreements, a.getId(), null, liaisons, saved -> show(affiliates.get(a.getId())))
                            .open());
            addAgreement.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(addAgreement);
        }
        List<AffiliateAgreement> list = agreements.agreements(a.getId());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("agreement.none")));
        }
        LocalDate today = LocalDate.now(Formats.zone());
        for (AffiliateAgreement agreement : list) {
            Div card = new Div();
            card.addClassName("imc-agreement");
            AgreementState state = agreement.state(today);
            Span tag = new Span(getTranslation(state.labelKey()));
            tag.addClassNames("imc-tag", "imc-agreement-" + state.name().toLowerCase(Locale.ROOT));
            com.vaadin.flow.component.html.H3 heading = new com.vaadin.flow.component.html.H3(getTranslation(
                    "agreement.heading",
                    getTranslation(agreement.getRelationshipType().labelKey()),
                    Formats.date(agreement.getStartDate()),
                    Formats.date(agreement.getEndDate())));
            card.add(heading, tag);
            card.add(new Paragraph(getTranslation(
                    "agreement.liaison",
                    agreement.getLiaisonUserId() == null
                            ? getTranslation("agreement.liaison.none")
                            : users.summary(agreement.getLiaisonUserId())
                                    .map(UserSummary::fullName)
                                    .orElse("—"))));
            card.add(signature(
                    "agreement.signatory.imc",
                    agreement.getImcSignatoryName(),
                    agreement.getImcSignatoryTitle(),
                    agreement.getImcSignedOn()));
            card.add(signature(
                    "agreement.signatory.affiliate",
                    agreement.getAffiliateSignatoryName(),
                    agreement.getAffiliateSignatoryTitle(),
                    agreement.getAffiliateSignedOn()));
            if (!agreement.getEmphasisAreas().isEmpty()) {
                card.add(new Paragraph(getTranslation(
                        "agreement.emphasis.list",
                        agreement.getEmphasisAreas().stream()
                                .map(AffiliateView::emphasisLabel)
                                .collect(Collectors.joining(", ")))));
            }
            if (editable) {
                Button edit = new Button(
                        getTranslation("action.edit"),
                        e -> new AgreementDialog(
                                        agreements,
                                        a.getId(),
                                        agreement,
                                        liaisons,
                                        saved -> show(affiliates.get(a.getId())))
                                .open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("agreement.edit"));
                editButtons.add(edit);
                card.add(edit);
            }
            WorkPlanSection section = new WorkPlanSection(workPlans, sdgs, PlanOwner.agreement(agreement.getId()));
            plans.add(section);
            card.add(section);
            add(card);
        }
    }

    private Paragraph signature(String sideKey, String name, String role, LocalDate on) {
        if (name == null) {
            return new Paragraph(getTranslation("agreement.signature.none", getTranslation(sideKey)));
        }
        return new Paragraph(getTranslation(
                "agreement.signature", getTranslation(sideKey), name, role == null ? "" : role, Formats.date(on)));
    }

    /** An area of emphasis in the page's language (a new area without a translation shows its code). */
    static String emphasisLabel(String code) {
        String key = "agreement.emphasis." + code;
        String text = UI.getCurrent().getTranslation(key);
        return text.startsWith("!") ? code : text;
    }

    @Override
    public String getPageTitle() {
        return title + " · IMC";
    }
}
