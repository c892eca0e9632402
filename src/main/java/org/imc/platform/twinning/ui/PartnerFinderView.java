package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.directory.NetworkMapService;
import org.imc.platform.directory.ui.NetworkMap;
import org.imc.platform.practice.PracticeService;
import org.imc.platform.practice.ui.PracticeSuggestions;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.imc.platform.twinning.PartnerFilter;
import org.imc.platform.twinning.PartnerFinder;
import org.imc.platform.twinning.PartnerScoring;
import org.imc.platform.twinning.PartnerSuggestion;
import org.imc.platform.twinning.PopulationBand;
import org.imc.platform.twinning.TwinningService;

/**
 * Find partners: for the mayor's municipality, every other municipality ranked by
 * complementarity, each with the reasons of its score. Existing twinnings are marked.
 */
@Route("twinning/partners")
@Menu(order = 40, icon = "vaadin:connect", title = "nav.twinning.partners")
@RolesAllowed(Roles.MAYOR)
class PartnerFinderView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<String> country = new ComboBox<>();
    final TextField region = new TextField();
    final Select<PopulationBand> band = new Select<>();
    final Checkbox sharedLanguage = new Checkbox();
    final Span matches = new Span();
    final Grid<PartnerSuggestion> grid = new Grid<>(PartnerSuggestion.class, false);
    private final transient PartnerFinder finder;
    private final transient TwinningService twinnings;
    private final transient MunicipalityService municipalities;
    private final transient CurrentUser currentUser;

    /** Practices for one of the municipality's needs ("municipalities that did this before"). */
    final PracticeSuggestions practices;

    final ComboBox<SubProgramme> need = new ComboBox<>();

    /** The candidates of the list on a map instead (and back), drawn when first shown, drawn again as the filters change. */
    final com.vaadin.flow.component.button.Button mapSwitch = new com.vaadin.flow.component.button.Button();

    NetworkMap map;

    private final transient NetworkMapService mapService;

    PartnerFinderView(
            PartnerFinder finder,
            TwinningService twinnings,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            PracticeService practiceService,
            NetworkMapService mapService) {
        this.mapService = mapService;
        this.practices = new PracticeSuggestions(practiceService);
        this.finder = finder;
        this.twinnings = twinnings;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        addClassName("imc-view");
        setSizeFull();
        add(new H1(getTranslation("twinning.partners.title")));
        Long own = currentUser.require().municipalityId();
        if (own == null) {
            add(new Paragraph(getTranslation("twinning.partners.no-municipality")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation(
                "twinning.partners.intro", municipalities.get(own).getName()));
        intro.addClassName("imc-muted");

        country.setLabel(getTranslation("twinning.partners.country"));
        country.setItems(municipalities.countries());
        country.setClearButtonVisible(true);
        // the map follows the country: zoomed to it, or back to the whole world
        country.addValueChangeListener(e -> refresh(map == null ? null : mapService.areaOf(e.getValue())));
        region.setLabel(getTranslation("twinning.partners.region"));
        region.setClearButtonVisible(true);
        region.setValueChangeMode(ValueChangeMode.LAZY);
        region.addValueChangeListener(e -> refresh());
        band.setLabel(getTranslation("twinning.partners.band"));
        band.setItems(PopulationBand.values());
        band.setEmptySelectionAllowed(true);
        band.setItemLabelGenerator(b -> b == null ? "" : getTranslation(b.labelKey()));
        band.addValueChangeListener(e -> refresh());
        sharedLanguage.setLabel(getTranslation("twinning.partners.shared-language"));
        sharedLanguage.addValueChangeListener(e -> refresh());
        Div filters = new Div(country, region, band, sharedLanguage, matches);
        filters.addClassName("imc-filters");

        grid.addColumn(GridCells.<PartnerSuggestion>link(
                        s -> "municipalities/" + s.municipalityId(), PartnerSuggestion::name))
                .setHeader(getTranslation("twinning.partners.column.municipality"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.region() == null ? s.country() : s.region() + ", " + s.country())
                .setHeader(getTranslation("twinning.partners.column.country"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.population() == null ? "" : Formats.number(s.population()))
                .setHeader(getTranslation("twinning.partners.column.population"))
                .setAutoWidth(true);
        grid.addColumn(PartnerSuggestion::score)
                .setHeader(getTranslation("twinning.partners.column.score"))
                .setAutoWidth(true)
                .setKey("score");
        grid.addColumn(GridCells.lines("imc-resource-list", this::why))
                .setHeader(getTranslation("twinning.partners.column.why"))
                .setFlexGrow(5);
        grid.addColumn(GridCells.<PartnerSuggestion>actionOrTag(
                        s -> getTranslation("twinning.partners.propose"),
                        s -> getTranslation("twinning.partners.propose-named", s.name()),
                        s -> s.alreadyTwinned() ? getTranslation(s.openStatus().labelKey()) : null,
                        this::openProposal))
                .setHeader(getTranslation("twinning.partners.column.twinning"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(50);
        // on a phone: municipality, score and the proposal
        PhoneColumns.keep(grid, 0, 3, 5);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("twinning.partners.title"));
        grid.setItems(q -> finder.suggestions(filter(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) finder.count(filter()));
        grid.setSizeFull();
        updateMatches();
        mapSwitch.setText(getTranslation("map.show"));
        mapSwitch.addClickListener(e -> {
            boolean showMap = map == null || !map.isVisible();
            if (showMap && map == null) {
                map = new NetworkMap(mapService, area -> finder.mapPoints(filter(), area), null, null);
                if (country.getValue() != null) {
                    map.show(mapService.areaOf(country.getValue()));
                }
                addComponentAtIndex(indexOf(grid), map);
            }
            map.setVisible(showMap);
            grid.setVisible(!showMap);
            mapSwitch.setText(getTranslation(showMap ? "map.hide" : "map.show"));
        });
        filters.add(mapSwitch);
        add(intro, filters, grid);
        setFlexGrow(1, grid);
        List<SubProgramme> needs = municipalities.get(own).getNeeds().stream()
                .map(n -> n.subProgramme())
                .distinct()
                .toList();
        if (!needs.isEmpty()) {
            need.setLabel(getTranslation("twinning.partners.practices-for"));
            need.setItems(needs);
            need.setItemLabelGenerator(sp -> getTranslation(sp.labelKey()));
            need.addValueChangeListener(e -> practices.show(e.getValue()));
            need.setValue(needs.getFirst());
            add(need, practices);
        }
    }

    PartnerFilter filter() {
        return new PartnerFilter(country.getValue(), region.getValue(), band.getValue(), sharedLanguage.getValue());
    }

    private List<String> why(PartnerSuggestion s) {
        if (s.reasons().isEmpty()) {
            return List.of(getTranslation("twinning.reason.none"));
        }
        return s.reasons().stream().map(this::explain).toList();
    }

    String explain(PartnerScoring.Reason reason) {
        String subject = switch (reason.kind()) {
            case THEY_OFFER, THEY_NEED ->
                inSentence(getTranslation(SubProgramme.valueOf(reason.subject()).labelKey()));
            case SHARED_PILLAR ->
                getTranslation(Pillar.valueOf(reason.subject()).labelKey());
            case SHARED_LANGUAGE ->
                java.util.Arrays.stream(reason.subject().split(", "))
                        .map(l -> l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1))
                        .collect(java.util.stream.Collectors.joining(", "));
        };
        return getTranslation(reason.messageKey(), subject) + " (+" + reason.points() + ")";
    }

    /** "Drinking water" reads "drinking water" inside a sentence; "ICT distance learning" stays. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    void openProposal(PartnerSuggestion s) {
        new ProposalDialog(
                        twinnings,
                        currentUser.require().municipalityId(),
                        s.municipalityId(),
                        s.name(),
                        saved -> refresh())
                .open();
    }

    private void refresh() {
        refresh(null);
    }

    /** The list and its count again, and the map in this area (null: where it is). */
    private void refresh(MapArea area) {
        grid.getDataProvider().refreshAll();
        updateMatches();
        if (map != null) {
            map.show(area == null ? map.area : area);
        }
    }

    private void updateMatches() {
        matches.setText(getTranslation("twinning.partners.matches", Formats.number(finder.count(filter()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twinning.partners.title") + " · IMC";
    }
}
