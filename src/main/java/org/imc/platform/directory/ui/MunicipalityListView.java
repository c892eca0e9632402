package org.imc.platform.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityFilter;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.directory.NetworkMapService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;

/**
 * The municipal directory: filtered, sorted and paged in the database. Its map shows what the
 * list shows: the same filter object goes to the list's query and to the map's.
 */
@Route("municipalities")
@Menu(order = 10, icon = "vaadin:building", title = "nav.municipalities")
@PermitAll
class MunicipalityListView extends VerticalLayout implements HasDynamicTitle {

    private final transient MunicipalityService service;
    private final transient NetworkMapService mapService;
    final TextField name = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField region = new TextField();
    final ComboBox<Pillar> pillar = new ComboBox<>();
    final ComboBox<SubProgramme> needs = new ComboBox<>();
    final ComboBox<SubProgramme> offers = new ComboBox<>();
    final Grid<Municipality> grid = new Grid<>(Municipality.class, false);
    private final Span total = new Span();

    Button add;

    /** Shows the map instead of the list (and back); the map is drawn when first shown. */
    final Button mapSwitch = new Button();

    NetworkMap map;

    MunicipalityListView(MunicipalityService service, CurrentUser currentUser, NetworkMapService mapService) {
        this.service = service;
        this.mapService = mapService;
        addClassName("imc-view");
        setSizeFull();

        name.setLabel(getTranslation("directory.filter.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        country.setLabel(getTranslation("directory.filter.country"));
        country.setItems(service.countries());
        country.setClearButtonVisible(true);
        region.setLabel(getTranslation("directory.filter.region"));
        region.setClearButtonVisible(true);
        region.setValueChangeMode(ValueChangeMode.LAZY);
        pillar.setLabel(getTranslation("directory.filter.pillar"));
        pillar.setItems(Pillar.values());
        pillar.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        pillar.setClearButtonVisible(true);
        pillar.setWidth("18rem");
        needs.setLabel(getTranslation("directory.filter.needs"));
        offers.setLabel(getTranslation("directory.filter.offers"));
        for (ComboBox<SubProgramme> box : List.of(needs, offers)) {
            box.setItems(SubProgramme.values());
            box.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            box.setClearButtonVisible(true);
            box.setWidth("16rem");
        }
        Div filters = new Div(name, country, region, pillar, needs, offers);
        filters.addClassName("imc-filters");
        if (currentUser.hasRole(Role.ADMIN)) {
            add = new Button(
                    getTranslation("directory.add"),
                    new Icon("vaadin:plus"),
                    e -> new MunicipalityProfileForm(
                                    service,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate("municipalities/" + saved.getId())))
                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(add);
        }
        List.of(name, region).forEach(f -> f.addValueChangeListener(e -> refresh()));
        country.addValueChangeListener(e -> {
            refresh();
            if (map != null) {
                // the map goes to the chosen country, or back to the world when cleared
                map.show(mapService.areaOf(e.getValue()));
            }
        });
        pillar.addValueChangeListener(e -> refresh());
        needs.addValueChangeListener(e -> refresh());
        offers.addValueChangeListener(e -> refresh());

        grid.addColumn(GridCells.<Municipality>link(m -> "municipalities/" + m.getId(), Municipality::getName))
                .setHeader(getTranslation("directory.column.name"))
                .setSortProperty("name")
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(Municipality::getCountry)
                .setHeader(getTranslation("directory.column.country"))
                .setSortProperty("country")
                .setKey("country");
        grid.addColumn(Municipality::getRegion)
                .setHeader(getTranslation("directory.column.region"))
                .setSortProperty("region")
                .setKey("region");
        grid.addColumn(m -> m.getPopulation() == null ? "" : Formats.number(m.getPopulation()))
                .setHeader(getTranslation("directory.column.population"))
                .setSortProperty("population")
                .setKey("population")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(Municipality::getLanguages)
                .setHeader(getTranslation("directory.column.languages"))
                .setKey("languages")
                .setFlexGrow(2);
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("directory.title"));
        grid.setItems(
                query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count());
        // on a phone: name and country
        PhoneColumns.keep(grid, 0, 1);
        grid.setSizeFull();

        total.addClassName("imc-muted");
        mapSwitch.setText(getTranslation("map.show"));
        mapSwitch.addClickListener(e -> {
            boolean showMap = map == null || !map.isVisible();
            if (showMap && map == null) {
                map = new NetworkMap(
                        mapService, area -> mapService.points(filter(), area), mapService.lines(filter()), null);
                if (country.getValue() != null) {
                    map.show(mapService.areaOf(country.getValue()));
                }
                addComponentAtIndex(indexOf(grid), map);
            } else if (showMap) {
                map.setLines(mapService.lines(filter()));
            }
            map.setVisible(showMap);
            grid.setVisible(!showMap);
            mapSwitch.setText(getTranslation(showMap ? "map.hide" : "map.show"));
        });
        filters.add(mapSwitch);
        add(new H1(getTranslation("directory.title")), filters, total, grid);
        setFlexGrow(1, grid);
    }

    private long count() {
        long count = service.count(filter());
        total.setText(getTranslation("directory.count", Formats.number(count)));
        return count;
    }

    MunicipalityFilter filter() {
        return new MunicipalityFilter(
                name.getValue(),
                country.getValue(),
                region.getValue(),
                pillar.getValue(),
                needs.getValue(),
                offers.getValue());
    }

    /** The list and, when shown, the map follow the filters. */
    private void refresh() {
        grid.getDataProvider().refreshAll();
        if (map != null && map.isVisible()) {
            map.setLines(mapService.lines(filter()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " · IMC";
    }
}
