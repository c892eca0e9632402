package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.FilterTabs;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.ShownRows;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningReader;
import org.imc.platform.twinning.TwinningService;
import org.imc.platform.twinning.TwinningStatus;
import org.springframework.data.domain.PageRequest;

/**
 * Twinning proposals: a mayor's own (sent and received), every proposal for liaisons with the
 * vetting queue first. Each row offers what the user may do now.
 */
@Route("twinning/proposals")
@Menu(order = 41, icon = "vaadin:handshake", title = "nav.twinning.proposals")
@RolesAllowed({Roles.MAYOR, Roles.LIAISON, Roles.ADMIN})
class ProposalListView extends VerticalLayout implements HasDynamicTitle {

    final Tab firstTab = new Tab();
    final Tab openTab = new Tab();
    final Tab closedTab = new Tab();
    final Tabs tabs = new FilterTabs();
    final Grid<Twinning> grid = new Grid<>(Twinning.class, false);
    private final transient TwinningReader reader;
    private final transient TwinningService service;
    private final transient UserService users;
    private final boolean liaison;
    private Map<Long, MunicipalityName> names = Map.of();

    ProposalListView(
            TwinningReader reader,
            TwinningService service,
            UserService users,
            CurrentUser currentUser,
            LiveUpdates live) {
        this.reader = reader;
        this.service = service;
        this.users = users;
        this.liaison = currentUser.hasRole(Role.LIAISON) || currentUser.hasRole(Role.ADMIN);
        addClassName("imc-view");
        setSizeFull();
        tabs.add(firstTab, openTab, closedTab);
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        Div bar = new Div(tabs);
        bar.addClassName("imc-filters");

        grid.addColumn(t -> TwinningActions.name(names, t.getProposerMunicipalityId()))
                .setHeader(getTranslation("twinning.proposals.column.from"));
        grid.addColumn(t -> TwinningActions.name(names, t.getPartnerMunicipalityId()))
                .setHeader(getTranslation("twinning.proposals.column.to"));
        grid.addColumn(t -> t.getThemes().stream()
                        .map(s -> getTranslation(s.labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("twinning.proposals.column.themes"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("twinning.proposals.column.status"))
                .setAutoWidth(true);
        grid.addColumn(this::details)
                .setHeader(getTranslation("twinning.proposals.column.details"))
                .setFlexGrow(3);
        grid.addColumn(t -> Formats.dateTime(t.getUpdatedAt()))
                .setHeader(getTranslation("twinning.proposals.column.updated"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> TwinningActions.buttons(service, t, names, done -> refresh()))
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(Twinning::getMessage));
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("twinning.proposals.title"));
        grid.setItems(
                q -> {
                    List<Twinning> page = page(q.getOffset(), q.getLimit(), q.getPage(), q.getPageSize());
                    names = reader.names(page);
                    return shown.fetched(q, page).stream();
                },
                q -> (int) count());
        // on a phone: a card per proposal (status, from, to, details, actions)
        PhoneColumns.cards(
                grid,
                getTranslation("twinning.proposals.title"),
                t -> List.of(
                        status(t),
                        PhoneColumns.labelled(
                                getTranslation("twinning.proposals.column.from"),
                                TwinningActions.name(names, t.getProposerMunicipalityId())),
                        PhoneColumns.labelled(
                                getTranslation("twinning.proposals.column.to"),
                                TwinningActions.name(names, t.getPartnerMunicipalityId())),
                        details(t),
                        TwinningActions.buttons(service, t, names, done -> refresh())));
        grid.setSizeFull();
        add(new H1(getTranslation("twinning.proposals.title")), bar, grid);
        setFlexGrow(1, grid);
        updateTabs();
        // a proposal made, vetted, answered or signed elsewhere: counts and rows change in place
        live.follow(this, this::refreshIfChanged, Topic.TWINNING_QUEUE);
    }

    private List<Twinning> page(int offset, int limit, int pageNumber, int pageSize) {
        return tabIsFirst() && !liaison
                ? reader.awaitingMyAction().stream().skip(offset).limit(limit).toList()
                : reader.proposals(statuses(), PageRequest.of(pageNumber, pageSize));
    }

    /**
     * A live change: the rows are drawn again only if the first page now differs (the user's own
     * action has already redrawn them).
     */
    private void refreshIfChanged() {
        updateTabs();
        shown.refreshIfChanged(grid, size -> page(0, size, 0, size));
    }

    private boolean tabIsFirst() {
        return tabs.getSelectedTab() == firstTab || tabs.getSelectedTab() == null;
    }

    private Collection<TwinningStatus> statuses() {
        if (tabs.getSelectedTab() == closedTab) {
            Set<TwinningStatus> closed = EnumSet.copyOf(TwinningStatus.CLOSED_PROPOSAL);
            closed.addAll(TwinningStatus.PARTNERSHIP);
            return closed;
        }
        if (tabs.getSelectedTab() == openTab) {
            return TwinningStatus.PENDING;
        }
        return EnumSet.of(TwinningStatus.PROPOSED);
    }

    private long count() {
        return tabIsFirst() && !liaison ? reader.awaitingMyAction().size() : reader.countProposals(statuses());
    }

    private Span status(Twinning t) {
        Span status = new Span(getTranslation(t.getStatus().labelKey()));
        status.addClassName("imc-tag");
        return status;
    }

    private String details(Twinning t) {
        List<String> parts = new ArrayList<>();
        if (t.getReason() != null) {
            parts.add(getTranslation("twinning.proposals.reason", t.getReason()));
        }
        if (t.getProposerSignedAt() != null) {
            parts.add(getTranslation(
                    "twinning.proposals.signed-by",
                    userName(t.getProposerSignedByUserId()),
                    Formats.dateTime(t.getProposerSignedAt())));
        }
        if (t.getPartnerSignedAt() != null) {
            parts.add(getTranslation(
                    "twinning.proposals.signed-by",
                    userName(t.getPartnerSignedByUserId()),
                    Formats.dateTime(t.getPartnerSignedAt())));
        }
        if (parts.isEmpty()) {
            return t.getMessage().length() > 120 ? t.getMessage().substring(0, 120) + "…" : t.getMessage();
        }
        return String.join(" · ", parts);
    }

    private String userName(Long userId) {
        return users.summary(userId).map(UserSummary::fullName).orElse("—");
    }

    /** The first page's rows as last drawn (ids and versions). */
    private final ShownRows<Twinning> shown = new ShownRows<>(t -> t.getId() + ":" + t.getVersion());

    private void refresh() {
        updateTabs();
        grid.getDataProvider().refreshAll();
    }

    private void updateTabs() {
        firstTab.setLabel(
                getTranslation(liaison ? "twinning.proposals.tab.queue" : "twinning.proposals.tab.action") + " ("
                        + (liaison
                                ? reader.countProposals(EnumSet.of(TwinningStatus.PROPOSED))
                                : reader.awaitingMyAction().size())
                        + ")");
        openTab.setLabel(getTranslation("twinning.proposals.tab.open"));
        closedTab.setLabel(getTranslation("twinning.proposals.tab.closed"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twinning.proposals.title") + " · IMC";
    }
}
