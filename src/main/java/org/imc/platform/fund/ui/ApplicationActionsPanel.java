package org.imc.platform.fund.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.imc.platform.base.ui.AmountFields;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.fund.ApplicationAction;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.fund.FundApplicationService;
import org.imc.platform.fund.Rubric;

/**
 * The actions the signed-in user may take on an application now, as the service allows them
 * ({@link FundApplicationService#allowedActions}): one button, with the inputs it needs, per
 * allowed action. It holds no rule of its own.
 */
class ApplicationActionsPanel extends VerticalLayout {

    static final BigDecimal DEFAULT_RATE = new BigDecimal("5.0000");

    final TextArea question = text("fund.action.question");
    final TextArea answer = text("fund.action.answer");
    final IntegerField scoreHealth = score("fund.rubric.health");
    final IntegerField scoreBeneficiaries = score("fund.rubric.beneficiaries");
    final IntegerField scoreFinancial = score("fund.rubric.financial");
    final IntegerField scoreReadiness = score("fund.rubric.readiness");
    final TextArea recommendation = text("fund.action.recommendation");
    final BigDecimalField rate = new BigDecimalField();
    final TextArea approvalNote = text("fund.action.approval-note");
    final TextArea rejectReason = text("fund.action.reject-reason");

    private final Map<ApplicationAction, Button> buttons = new EnumMap<>(ApplicationAction.class);
    private final transient FundApplicationService service;
    private final FundApplication a;
    private final transient Consumer<FundApplication> changed;

    /** {@code changed} receives the application as it is after a successful action (not after an approval: that navigates to the loan). */
    ApplicationActionsPanel(
            FundApplicationService service, FundApplication application, Consumer<FundApplication> changed) {
        this.service = service;
        this.a = application;
        this.changed = changed;
        setWidthFull();
        setPadding(false);
        rate.setLabel(getTranslation("fund.action.rate"));
        AmountFields.number(rate);
        rate.setHelperText(getTranslation("fund.action.rate.help"));
        Set<ApplicationAction> allowed = service.allowedActions(application);
        for (ApplicationAction action : ApplicationAction.values()) {
            if (allowed.contains(action)) {
                offer(action);
            } else if (action == ApplicationAction.APPROVE && service.awaitsAnotherOfficer(application)) {
                add(section("fund.action.approve-title", new Paragraph(getTranslation("fund.action.four-eyes"))));
            }
        }
    }

    /** The button of an action, when the signed-in user may take it. */
    Optional<Button> button(ApplicationAction action) {
        return Optional.ofNullable(buttons.get(action));
    }

    private void offer(ApplicationAction action) {
        switch (action) {
            case SUBMIT ->
                add(button(
                        action,
                        "fund.application.submit",
                        ButtonVariant.LUMO_PRIMARY,
                        () -> act(
                                () -> service.perform(a.getId(), a.getVersion(), action, null),
                                "fund.application.submitted")));
            case TAKE ->
                add(button(
                        action,
                        "fund.action.take",
                        ButtonVariant.LUMO_PRIMARY,
                        () -> act(
                                () -> service.perform(a.getId(), a.getVersion(), action, null), "fund.action.taken")));
            case REQUEST_INFO ->
                add(section(
                        "fund.action.request-info-title",
                        question,
                        button(
                                action,
                                "fund.action.request-info",
                                null,
                                () -> act(
                                        () -> service.perform(a.getId(), a.getVersion(), action, question.getValue()),
                                        "fund.action.info-requested"))));
            case ANSWER ->
                add(section(
                        "fund.action.answer-title",
                        answer,
                        button(
                                action,
                                "fund.action.send-answer",
                                ButtonVariant.LUMO_PRIMARY,
                                () -> act(
                                        () -> service.perform(a.getId(), a.getVersion(), action, answer.getValue()),
                                        "fund.action.answered"))));
            case RECOMMEND -> {
                FormLayout scores = new FormLayout(scoreHealth, scoreBeneficiaries, scoreFinancial, scoreReadiness);
                scores.setResponsiveSteps(
                        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 4));
                add(section(
                        "fund.action.recommend-title",
                        new Paragraph(getTranslation("fund.rubric.explained")),
                        scores,
                        recommendation,
                        button(
                                action,
                                "fund.action.recommend",
                                ButtonVariant.LUMO_PRIMARY,
                                () -> act(
                                        () -> service.recommend(
                                                a.getId(), a.getVersion(), rubric(), recommendation.getValue()),
                                        "fund.action.recommended"))));
            }
            case APPROVE -> {
                rate.setValue(DEFAULT_RATE);
                Button approve = button(action, "fund.action.approve", ButtonVariant.LUMO_PRIMARY, this::approve);
                approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                add(section("fund.action.approve-title", rate, approvalNote, approve));
            }
            case REJECT ->
                add(section(
                        "fund.action.reject-title",
                        rejectReason,
                        button(
                                action,
                                "fund.action.reject",
                                ButtonVariant.LUMO_ERROR,
                                () -> act(
                                        () -> service.perform(
                                                a.getId(), a.getVersion(), action, rejectReason.getValue()),
                                        "fund.action.rejected"))));
        }
    }

    private void approve() {
        UserMessages.attemptToGet(
                        () -> service.approve(a.getId(), a.getVersion(), rate.getValue(), approvalNote.getValue()))
                .ifPresent(loan -> {
                    UserMessages.showSuccess("fund.action.approved", a.getTitle());
                    getUI().ifPresent(ui -> ui.navigate("fund/loans/" + loan.getId()));
                });
    }

    /** Runs a transition; on success confirms it and hands on the application as it now is. */
    private void act(Supplier<FundApplication> transition, String successKey) {
        UserMessages.attemptToGet(transition).ifPresent(updated -> {
            UserMessages.showSuccess(successKey, updated.getTitle());
            changed.accept(updated);
        });
    }

    private Rubric rubric() {
        return new Rubric(
                scoreHealth.getValue(),
                scoreBeneficiaries.getValue(),
                scoreFinancial.getValue(),
                scoreReadiness.getValue());
    }

    private Button button(ApplicationAction action, String labelKey, ButtonVariant variant, Runnable click) {
        Button button = new Button(getTranslation(labelKey), e -> click.run());
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        buttons.put(action, button);
        return button;
    }

    private Div section(String titleKey, Component... content) {
        Div box = new Div(new H2(getTranslation(titleKey)));
        box.add(content);
        box.addClassName("imc-card");
        box.addClassName("imc-action");
        return box;
    }

    private TextArea text(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(2000);
        area.setWidthFull();
        return area;
    }

    private IntegerField score(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(1);
        field.setMax(5);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation("fund.rubric.help"));
        return field;
    }
}
