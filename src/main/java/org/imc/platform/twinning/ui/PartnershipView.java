package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.Following;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.CalendarLink;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.OpenEditor;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.imc.platform.twinning.Exchange;
import org.imc.platform.twinning.PartnershipService;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningReader;
import org.imc.platform.twinning.TwinningService;
import org.imc.platform.twinning.TwinningStatus;
import org.imc.platform.workplan.PlanOwner;
import org.imc.platform.workplan.WorkPlanService;
import org.imc.platform.workplan.ui.WorkPlanSection;

/**
 * One partnership: partners, signatures, status actions, annual work plans with their goals
 * and the exchanges. Liaisons and the two mayors change it while it runs; concluded ones are
 * read-only for everybody.
 */
@Route("twinning/partnerships")
@PermitAll
class PartnershipView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient TwinningReader reader;
    private final transient TwinningService service;
    private final transient PartnershipService partnerships;
    private final transient UserService users;
    private final transient WorkPlanService workPlans;
    private final transient SdgService sdgs;
    private String title = "";
    Button addGoal;
    Button addExchange;
    final Grid<Exchange> exchanges = new Grid<>(Exchange.class, false);
    /** The work plans shown (null before a partnership is shown). */
    WorkPlanSection plans;

    Twinning twinning;
    private final Following following;

    /** An exchange open in an edit dialog on this page. */
    private final OpenEditor editor = new OpenEditor();

    PartnershipView(
            TwinningReader reader,
            TwinningService service,
            PartnershipService partnerships,
            UserService users,
            WorkPlanService workPlans,
            SdgService sdgs,
            LiveUpdates live) {
        this.workPlans = workPlans;
        this.sdgs = sdgs;
        this.reader = reader;
        // the other side or a liaison signs, plans a goal, records an exchange: shown at once
        // (an open goal or exchange dialog stays; its save meets the version check)
        this.following = live.follow(this, () -> {
            if (twinning != null) {
                if (plans != null) {
                    plans.warnOpenEditor();
                }
                show(reader.get(twinning.getId()));
                editor.warnIfChanged();
            }
        });
        this.service = service;
        this.partnerships = partnerships;
        this.users = users;
        addClassName("imc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(reader.get(id));
        } catch (RecordNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private Button exchangeEdit(Twinning t, Map<Long, MunicipalityName> names, Exchange x) {
        Button edit = new Button(getTranslation("action.edit"), click -> editExchange(t, names, x));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private void editExchange(Twinning t, Map<Long, MunicipalityName> names, Exchange x) {
        ExchangeDialog dialog = new ExchangeDialog(partnerships, t, names, x, saved -> show(reader.get(t.getId())));
        editor.open(
                dialog,
                x.getVersion(),
                () -> exchange(t.getId(), x.getId()).map(Exchange::getVersion),
                () -> exchange(t.getId(), x.getId()).ifPresent(fresh -> editExchange(t, names, fresh)));
    }

    private Optional<Exchange> exchange(Long twinningId, Long exchangeId) {
        return partnerships.exchanges(twinningId).stream()
                .filter(x -> x.getId().equals(exchangeId))
                .findFirst();
    }

    void show(Twinning t) {
        if (!t.isPartnership()) {
            throw new NotFoundException();
        }
        twinning = t;
        following.topics(Topic.twinning(t.getId()));
        removeAll();
        addGoal = null;
        addExchange = null;
        Map<Long, MunicipalityName> names = reader.names(List.of(t));
        String proposer = TwinningActions.name(names, t.getProposerMunicipalityId());
        String partner = TwinningActions.name(names, t.getPartnerMunicipalityId());
        title = proposer + " – " + partner;
        Span status = new Span(getTranslation(t.getStatus().labelKey()));
        status.addClassName("imc-tag");
        add(new Anchor("twinning/partnerships", getTranslation("twinning.partnership.back")), new H1(title), status);
        Paragraph themes = new Paragraph(
                t.getThemes().stream().map(s -> getTranslation(s.labelKey())).collect(Collectors.joining(", ")));
        themes.addClassName("imc-muted");
        add(themes, TwinningActions.buttons(service, t, names, done -> show(reader.get(t.getId()))));

        add(new H2(getTranslation("twinning.partnership.signatures")));
        add(signature(
                t.getProposerSignedByUserId(),
                t.getProposerSignedAt() == null ? null : Formats.dateTime(t.getProposerSignedAt()),
                proposer));
        add(signature(
                t.getPartnerSignedByUserId(),
                t.getPartnerSignedAt() == null ? null : Formats.dateTime(t.getPartnerSignedAt()),
                partner));
        if (t.getClosingSummary() != null) {
            add(new H2(getTranslation("twinning.partnership.closing")), new Paragraph(t.getClosingSummary()));
        }
        boolean editable = partnerships.canEditPartnership(t);
        if (!editable && t.getStatus() == TwinningStatus.CONCLUDED) {
            Paragraph readOnly = new Paragraph(getTranslation("twinning.partnership.read-only"));
            readOnly.addClassName("imc-muted");
            add(readOnly);
        }

        plans = new WorkPlanSection(workPlans, sdgs, PlanOwner.partnership(t.getId()));
        addGoal = plans.addGoal;
        add(plans);

        add(new H2(getTranslation("twinning.exchanges.title")));
        if (editable) {
            addExchange = new Button(
                    getTranslation("twinning.exchanges.add"),
                    new Icon("vaadin:plus"),
                    e -> new ExchangeDialog(partnerships, t, names, null, saved -> show(reader.get(t.getId()))).open());
            add(addExchange);
        }
        exchanges.removeAllColumns();
        exchanges
                .addColumn(x -> Formats.date(x.getStartDate()) + " – " + Formats.date(x.getEndDate()))
                .setHeader(getTranslation("twinning.exchange.dates"))
                .setAutoWidth(true);
        exchanges
                .addColumn(x -> TwinningActions.name(names, x.getHostMunicipalityId()))
                .setHeader(getTranslation("twinning.exchange.host"))
                .setAutoWidth(true);
        exchanges
                .addColumn(Exchange::getTopic)
                .setHeader(getTranslation("twinning.exchange.topic"))
                .setFlexGrow(2);
        exchanges
                .addColumn(Exchange::getParticipants)
                .setHeader(getTranslation("twinning.exchange.participants"))
                .setFlexGrow(2);
        exchanges
                .addColumn(x -> x.getOutcome() == null ? "" : x.getOutcome())
                .setHeader(getTranslation("twinning.exchange.outcome"))
                .setFlexGrow(3);
        exchanges
                .addComponentColumn(x -> CalendarLink.of(
                        "exchange-" + x.getId() + ".ics", x.getTopic(), () -> partnerships.exchangeCalendar(x.getId())))
                .setHeader(getTranslation("calendar.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (editable) {
            exchanges
                    .addComponentColumn(x -> exchangeEdit(t, names, x))
                    .setHeader(getTranslation("action.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        // on a phone: a card per exchange (topic, dates, host, the edit button)
        PhoneColumns.cards(
                exchanges,
                getTranslation("twinning.exchanges.title"),
                x -> List.of(
                        x.getTopic(),
                        Formats.date(x.getStartDate()) + " – " + Formats.date(x.getEndDate()),
                        PhoneColumns.labelled(
                                getTranslation("twinning.exchange.host"),
                                TwinningActions.name(names, x.getHostMunicipalityId())),
                        editable ? exchangeEdit(t, names, x) : ""));
        List<Exchange> list = partnerships.exchanges(t.getId());
        exchanges.setItems(list);
        exchanges.setAllRowsVisible(true);
        exchanges.setAriaLabel(getTranslation("twinning.exchanges.title"));
        add(list.isEmpty() ? new Paragraph(getTranslation("twinning.exchanges.none")) : exchanges);
        if (list.isEmpty()) {
            exchanges.setVisible(false);
            add(exchanges);
        }
    }

    private Paragraph signature(Long signedByUserId, String when, String city) {
        if (signedByUserId == null) {
            return new Paragraph(getTranslation("twinning.partnership.not-signed", city));
        }
        String who = users.summary(signedByUserId).map(UserSummary::fullName).orElse("—");
        return new Paragraph(getTranslation("twinning.partnership.signed", who, city, when));
    }

    @Override
    public String getPageTitle() {
        return title + " · IMC";
    }
}
