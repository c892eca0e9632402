package org.imc.platform.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.ui.Bidi;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.DashboardContribution;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityFilter;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.directory.NetworkEvent;
import org.imc.platform.directory.NetworkEventService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Directory cards on the dashboard: a mayor's own municipality first, then the network and
 * its next events for everyone.
 */
@org.springframework.stereotype.Component
class DirectoryDashboard implements DashboardContribution {

    private final MunicipalityService municipalities;
    private final NetworkEventService events;
    private final CurrentUser currentUser;

    DirectoryDashboard(MunicipalityService municipalities, NetworkEventService events, CurrentUser currentUser) {
        this.municipalities = municipalities;
        this.events = events;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> cards() {
        UI ui = UI.getCurrent();
        List<Component> cards = new ArrayList<>();
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.MAYOR) && user.municipalityId() != null) {
            Municipality own = municipalities.get(user.municipalityId());
            cards.add(new DashboardCard(ui.getTranslation("dashboard.my-municipality"))
                    .figure(own.getName(), own.getCountry())
                    .text(ui.getTranslation(
                            "dashboard.my-municipality.resources",
                            own.getNeeds().size(),
                            own.getOffers().size()))
                    .with(new Anchor(
                            "municipalities/" + own.getId(), ui.getTranslation("dashboard.my-municipality.open"))));
        }
        cards.add(new DashboardCard(ui.getTranslation("dashboard.network"))
                .figure(
                        Formats.number(municipalities.count(MunicipalityFilter.none())),
                        ui.getTranslation("dashboard.network.municipalities"))
                .with(new Anchor("municipalities", ui.getTranslation("dashboard.network.open"))));
        List<NetworkEvent> next = events.list(true, PageRequest.of(0, 3, Sort.by("startDate", "id")));
        UnorderedList list = new UnorderedList();
        list.addClassName("imc-resource-list");
        // name and date each keep their own direction inside a right-to-left page
        next.forEach(e -> list.add(new ListItem(
                Bidi.isolated(e.getName()), new Text(" — "), Bidi.isolated(Formats.date(e.getStartDate())))));
        DashboardCard eventsCard = new DashboardCard(ui.getTranslation("dashboard.events"));
        if (next.isEmpty()) {
            eventsCard.text(ui.getTranslation("dashboard.events.none"));
        } else {
            eventsCard.with(list);
        }
        cards.add(eventsCard.with(new Anchor("events", ui.getTranslation("dashboard.events.open"))));
        return cards;
    }
}
