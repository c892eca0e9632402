package org.imc.platform.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.Following;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.OpenEditor;
import org.imc.platform.directory.MunicipalResource;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;

/**
 * A municipality's profile. Everyone signed in reads it; its own mayor or an admin edits it.
 */
@Route("municipalities")
@PermitAll
class MunicipalityProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient MunicipalityService service;
    private final transient UserService users;
    private String title = "";
    Button edit;
    private Municipality shown;
    /** The profile's edit dialog, when open. */
    final OpenEditor editor = new OpenEditor();

    private final Following following;

    MunicipalityProfileView(MunicipalityService service, UserService users, LiveUpdates live) {
        this.service = service;
        this.users = users;
        addClassName("imc-view");
        // the profile changed in another window or by an admin, on any node: the page shows it, and
        // an open edit form says that it is out of date and offers to reload
        this.following = live.follow(this, () -> {
            if (shown != null) {
                editor.warnIfChanged();
                // drawn again only if it differs from what is shown (not for the echo of a save here)
                current(shown.getId())
                        .filter(now -> now.getVersion() != shown.getVersion())
                        .ifPresent(this::show);
            }
        });
    }

    private Optional<Municipality> current(Long id) {
        try {
            return Optional.of(service.get(id));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    void editProfile(Municipality m) {
        editor.open(
                new MunicipalityProfileForm(service, m, saved -> show(service.get(saved.getId()))),
                m.getVersion(),
                () -> current(m.getId()).map(Municipality::getVersion),
                () -> current(m.getId()).ifPresent(this::editProfile));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Municipality municipality;
        try {
            municipality = service.get(id);
        } catch (RecordNotFoundException e) {
            throw new NotFoundException();
        }
        show(municipality);
    }

    private void show(Municipality m) {
        shown = m;
        following.topics(Topic.municipality(m.getId()));
        removeAll();
        edit = null;
        title = m.getName();
        Anchor back = new Anchor("municipalities", getTranslation("directory.back-to-list"));
        H1 heading = new H1(m.getName());
        Paragraph where = new Paragraph(m.getRegion() == null ? m.getCountry() : m.getRegion() + ", " + m.getCountry());
        where.addClassName("imc-muted");
        add(back, heading, where);

        if (service.canEdit(m.getId())) {
            edit = new Button(getTranslation("directory.profile.edit"), new Icon("vaadin:edit"), e -> editProfile(m));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(edit);
        }

        Div facts = new Div();
        facts.addClassName("imc-card-grid");
        facts.add(fact(
                "directory.column.population", m.getPopulation() == null ? "—" : Formats.number(m.getPopulation())));
        facts.add(fact("directory.column.languages", m.getLanguages() == null ? "—" : m.getLanguages()));
        List<UserSummary> mayors = users.mayorsOf(m.getId());
        facts.add(fact(
                "directory.profile.mayor",
                mayors.isEmpty()
                        ? "—"
                        : mayors.stream().map(UserSummary::fullName).collect(Collectors.joining(", "))));
        if (m.getLatitude() != null && m.getLongitude() != null) {
            facts.add(fact(
                    "directory.profile.coordinates",
                    Formats.decimal(m.getLatitude()) + ", " + Formats.decimal(m.getLongitude())));
        }
        add(facts);

        if (m.getDescription() != null) {
            add(new Paragraph(m.getDescription()));
        }
        add(new H2(getTranslation("directory.profile.pillars")));
        Div tags = new Div();
        tags.addClassName("imc-tags");
        m.getPillars().forEach(p -> {
            Span tag = new Span(getTranslation(p.labelKey()));
            tag.addClassName("imc-tag");
            tags.add(tag);
        });
        if (m.getPillars().isEmpty()) {
            tags.add(new Span("—"));
        }
        add(tags);
        add(new H2(getTranslation("directory.profile.needs")), resources(m.getNeeds()));
        add(new H2(getTranslation("directory.profile.offers")), resources(m.getOffers()));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("imc-card-caption");
        Span text = new Span(value);
        Div box = new Div(label, new Div(text));
        box.addClassName("imc-card");
        return box;
    }

    private com.vaadin.flow.component.Component resources(List<MunicipalResource> resources) {
        if (resources.isEmpty()) {
            return new Paragraph(getTranslation("directory.profile.none"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("imc-resource-list");
        resources.forEach(r -> {
            Span tag = new Span(getTranslation(r.subProgramme().labelKey()));
            tag.addClassName("imc-tag");
            list.add(new ListItem(tag, new Span(" " + r.description())));
        });
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · IMC";
    }
}
