package org.imc.platform.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.imc.platform.audit.AuditEvent;
import org.imc.platform.audit.AuditQuery;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The audit trail for admins: who changed what and when, newest first. Selecting an entry shows
 * the state before and after the change.
 */
@Route("admin/audit")
@Menu(order = 91, icon = "vaadin:archive", title = "nav.audit")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The entity types the platform records today; others can still be typed in. */
    static final List<String> ENTITY_TYPES = List.of("User", "Municipality", "Affiliate", "Event", "SignIn");

    static final List<String> ACTIONS =
            List.of("CREATE", "UPDATE", "DELETE", "ENABLE", "DISABLE", "UNLOCK", "SIGN_IN_SUCCESS", "SIGN_IN_FAILURE");
    /** Query parameters that pre-fill the filters, e.g. {@code admin/audit?action=SIGN_IN_FAILURE}. */
    static final String PARAM_ACTOR = "actor";

    static final String PARAM_ACTION = "action";
    static final String PARAM_ENTITY_TYPE = "entityType";
    static final String PARAM_ENTITY_ID = "entityId";

    private final transient AuditService audit;
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField entityId = new TextField();
    private final DatePicker from = ComponentTexts.datePicker(new DatePicker());
    private final DatePicker to = ComponentTexts.datePicker(new DatePicker());
    private final Grid<AuditEvent> grid = new Grid<>();

    AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("imc-view");
        setSizeFull();

        actor.setLabel(getTranslation("admin.audit.actor"));
        entityId.setLabel(getTranslation("admin.audit.entity-id"));
        for (TextField field : List.of(actor, entityId)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        action.setLabel(getTranslation("admin.audit.action"));
        configureOpenList(action, ACTIONS);
        entityType.setLabel(getTranslation("admin.audit.entity-type"));
        configureOpenList(entityType, ENTITY_TYPES);
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        for (DatePicker date : List.of(from, to)) {
            date.setClearButtonVisible(true);
            date.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        Div filters = new Div(actor, action, entityType, entityId, from, to);
        filters.addClassName("imc-filters");

        configureGrid();
        add(new H1(getTranslation("admin.audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    /** A pick list of the known values that also accepts anything typed. */
    private void configureOpenList(ComboBox<String> box, List<String> values) {
        box.setItems(values);
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        box.addCustomValueSetListener(e -> box.setValue(e.getDetail().trim()));
        box.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // on a phone: time and action
        PhoneColumns.keep(grid, 0, 2);
        grid.setSizeFull();
        Grid.Column<AuditEvent> time = grid.addColumn(e -> Formats.dateTime(e.getOccurredAt()))
                .setHeader(getTranslation("admin.audit.time"))
                .setKey("time")
                .setSortProperty("occurredAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor)
                .setHeader(getTranslation("admin.audit.actor"))
                .setKey("actor")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(AuditEvent::getAction)
                .setHeader(getTranslation("admin.audit.action"))
                .setKey("action")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(AuditEvent::getEntityType)
                .setHeader(getTranslation("admin.audit.entity-type"))
                .setKey("entityType")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(AuditEvent::getEntityId)
                .setHeader(getTranslation("admin.audit.entity-id"))
                .setKey("entityId")
                .setAutoWidth(true)
                .setResizable(true);
        grid.setEmptyStateText(getTranslation("admin.audit.none"));

        // rows are identified by id, so selection and details survive re-fetching a page
        grid.setItems(new CallbackDataProvider<AuditEvent, Void>(
                query ->
                        audit
                                .list(currentQuery(), newestLast(VaadinSpringDataHelpers.toSpringPageRequest(query)))
                                .stream(),
                query -> (int) audit.count(currentQuery()),
                AuditEvent::getId));
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));

        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::change));
        grid.setDetailsVisibleOnClick(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getOldValue() != null) {
                grid.setDetailsVisible(e.getOldValue(), false);
            }
            if (e.getValue() != null) {
                grid.setDetailsVisible(e.getValue(), true);
            }
        });
    }

    /** Entries recorded in the same instant keep their recording order. */
    private static Pageable newestLast(PageRequest request) {
        Sort.Order time = request.getSort().getOrderFor("occurredAt");
        Sort.Direction direction = time == null ? Sort.Direction.DESC : time.getDirection();
        return request.withSort(request.getSort().and(Sort.by(direction, "id")));
    }

    /** Before → after, always as plain text. */
    private HorizontalLayout change(AuditEvent event) {
        Span arrow = new Span("→");
        arrow.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout layout = new HorizontalLayout(
                state("admin.audit.before", event.getBeforeState()),
                arrow,
                state("admin.audit.after", event.getAfterState()));
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.START);
        layout.setPadding(true);
        return layout;
    }

    private Div state(String captionKey, String text) {
        Span caption = new Span(getTranslation(captionKey));
        caption.addClassName("imc-muted");
        Pre body = new Pre();
        body.addClassName("imc-pre");
        body.setText(text == null || text.isEmpty() ? getTranslation("admin.audit.no-state") : text);
        Div box = new Div(caption, body);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }

    private AuditQuery currentQuery() {
        ZoneId zone = Formats.zone();
        Instant since = from.getValue() == null
                ? null
                : from.getValue().atStartOfDay(zone).toInstant();
        LocalDate last = to.getValue();
        Instant until =
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(
                        blankToNull(actor.getValue()),
                        blankToNull(entityType.getValue()),
                        blankToNull(entityId.getValue()),
                        null,
                        null)
                .withAction(blankToNull(action.getValue()))
                .between(since, until);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(PARAM_ACTOR).ifPresent(actor::setValue);
        parameters.getSingleParameter(PARAM_ACTION).ifPresent(action::setValue);
        parameters.getSingleParameter(PARAM_ENTITY_TYPE).ifPresent(entityType::setValue);
        parameters.getSingleParameter(PARAM_ENTITY_ID).ifPresent(entityId::setValue);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " · IMC";
    }
}
