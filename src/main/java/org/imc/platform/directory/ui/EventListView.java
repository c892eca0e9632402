package org.imc.platform.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.imc.platform.base.PublicLinks;
import org.imc.platform.base.ui.CalendarLink;
import org.imc.platform.base.ui.FilterTabs;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.NetworkEvent;
import org.imc.platform.directory.NetworkEventService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Conferences and assemblies of the network: upcoming ones soonest first, past ones most
 * recent first. Liaisons (and admins) maintain them.
 */
@Route("events")
@Menu(order = 30, icon = "vaadin:calendar", title = "nav.events")
@PermitAll
class EventListView extends VerticalLayout implements HasDynamicTitle {

    final Tab upcomingTab = new Tab();
    final Tab pastTab = new Tab();
    final Tabs tabs = new FilterTabs();
    final Grid<NetworkEvent> grid = new Grid<>(NetworkEvent.class, false);
    Button add;
    private final transient NetworkEventService service;
    private final boolean maintainer;
    private final transient PublicLinks links;

    EventListView(NetworkEventService service, CurrentUser currentUser, PublicLinks links) {
        this.service = service;
        this.links = links;
        this.maintainer = currentUser.hasRole(Role.LIAISON) || currentUser.hasRole(Role.ADMIN);
        addClassName("imc-view");
        setSizeFull();

        upcomingTab.setLabel(getTranslation("event.upcoming", Formats.number(service.count(true))));
        pastTab.setLabel(getTranslation("event.past", Formats.number(service.count(false))));
        tabs.add(upcomingTab, pastTab);
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        Div bar = new Div(tabs);
        bar.addClassName("imc-filters");
        if (maintainer) {
            add = new Button(getTranslation("event.add"), new Icon("vaadin:plus"), e -> openEditor(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }

        grid.addColumn(NetworkEvent::getName)
                .setHeader(getTranslation("event.column.name"))
                .setFlexGrow(3);
        grid.addColumn(NetworkEvent::getOrganiser)
                .setHeader(getTranslation("event.column.organiser"))
                .setFlexGrow(2);
        grid.addColumn(EventListView::place).setHeader(getTranslation("event.column.place"));
        grid.addColumn(EventListView::dates)
                .setHeader(getTranslation("event.column.dates"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("event.title"));
        grid.setItems(q -> service.list(upcoming(), PageRequest.of(q.getPage(), q.getPageSize(), sort())).stream(), q ->
                (int) service.count(upcoming()));
        // on a phone: a card per event (name, dates, place, actions)
        PhoneColumns.cards(
                grid, getTranslation("event.title"), e -> List.of(e.getName(), dates(e), place(e), actions(e)));
        grid.setSizeFull();
        add(new H1(getTranslation("event.title")), bar, grid);
        setFlexGrow(1, grid);
    }

    private boolean upcoming() {
        return tabs.getSelectedTab() != pastTab;
    }

    private Sort sort() {
        return upcoming() ? Sort.by("startDate", "id") : Sort.by(Sort.Direction.DESC, "startDate", "id");
    }

    void openEditor(NetworkEvent event) {
        new EventForm(service, event, saved -> refresh()).open();
    }

    private void confirmDelete(NetworkEvent event) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("event.delete-title"));
        confirm.setText(getTranslation("event.delete-text", event.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (UserMessages.attempt(() -> service.delete(event.getId(), event.getVersion()))) {
                UserMessages.showSuccess("event.deleted", event.getName());
                refresh();
            }
        });
        confirm.open();
    }

    private void refresh() {
        upcomingTab.setLabel(getTranslation("event.upcoming", Formats.number(service.count(true))));
        pastTab.setLabel(getTranslation("event.past", Formats.number(service.count(false))));
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout actions(NetworkEvent e) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        // the links and buttons apart, wrapping in a narrow cell
        actions.addClassName("imc-actions");
        if (e.getLink() != null) {
            Anchor link = new Anchor(e.getLink(), getTranslation("event.open-link"));
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            actions.add(link);
        }
        actions.add(CalendarLink.of("event-" + e.getId() + ".ics", e.getName(), () -> e.calendar(links.of("events"))));
        if (maintainer) {
            Button edit = new Button(getTranslation("action.edit"), click -> openEditor(e));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("event.edit-named", e.getName()));
            Button delete = new Button(getTranslation("action.delete"), click -> confirmDelete(e));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("event.delete-named", e.getName()));
            actions.add(edit, delete);
        }
        return actions;
    }

    private static String place(NetworkEvent e) {
        return e.getPlace() == null ? "" : e.getPlace();
    }

    private static String dates(NetworkEvent e) {
        return Formats.date(e.getStartDate())
                + (e.getEndDate().equals(e.getStartDate()) ? "" : " – " + Formats.date(e.getEndDate()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.title") + " · IMC";
    }
}
