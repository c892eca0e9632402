package org.imc.platform.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.imc.platform.base.Language;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.practice.PracticeData;
import org.imc.platform.practice.PracticeFilter;
import org.imc.platform.practice.PracticeService;
import org.imc.platform.practice.PracticeSummary;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.SdgTarget;
import org.imc.platform.sdg.ui.SdgLabels;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;

/**
 * The practice library: published practices found by words (ranked by relevance) and filters;
 * an author's own practices; for liaisons, those waiting for review. {@code ?sub=} preselects a
 * sub-programme (the links from the partner finder and the fund form).
 */
@Route("practices")
@Menu(order = 17, icon = "vaadin:book", title = "nav.practices")
@PermitAll
class PracticeListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    enum Scope {
        PUBLISHED,
        MINE,
        REVIEW
    }

    private final transient PracticeService service;
    final Select<Scope> scope = new Select<>();
    final TextField words = new TextField();
    final ComboBox<SubProgramme> subProgramme = new ComboBox<>();
    final TextField country = new TextField();
    final Select<Language> language = new Select<>();
    final ComboBox<String> sdg = new ComboBox<>();
    final Grid<PracticeSummary> grid = new Grid<>();
    Button add;

    PracticeListView(
            PracticeService service, SdgService sdgs, CurrentUser currentUser, MunicipalityService municipalities) {
        this.service = service;
        addClassName("imc-view");
        setSizeFull();
        scope.setLabel(getTranslation("practice.scope"));
        List<Scope> scopes = currentUser.hasRole(Role.LIAISON)
                ? List.of(Scope.values())
                : service.canWrite() ? List.of(Scope.PUBLISHED, Scope.MINE) : List.of(Scope.PUBLISHED);
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> s == null ? "" : getTranslation("practice.scope." + s.name()));
        scope.setValue(Scope.PUBLISHED);
        scope.setVisible(scopes.size() > 1);
        words.setLabel(getTranslation("practice.search"));
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        subProgramme.setLabel(getTranslation("practice.field.sub-programme"));
        subProgramme.setItems(SubProgramme.values());
        subProgramme.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        subProgramme.setClearButtonVisible(true);
        country.setLabel(getTranslation("practice.field.country"));
        country.setClearButtonVisible(true);
        country.setValueChangeMode(ValueChangeMode.LAZY);
        language.setLabel(getTranslation("practice.field.language"));
        language.setItems(Language.values());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("practice.any-language"));
        language.setItemLabelGenerator(l -> l == null ? getTranslation("practice.any-language") : l.nativeName());
        sdg.setLabel(getTranslation("sdg.targets"));
        sdg.setItems(sdgs.targets().stream().map(SdgTarget::code).toList());
        sdg.setItemLabelGenerator(code -> SdgLabels.target(sdgs, code));
        sdg.setClearButtonVisible(true);
        for (var field : List.of(words, country)) {
            field.addValueChangeListener(e -> refresh());
        }
        scope.addValueChangeListener(e -> refresh());
        subProgramme.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        sdg.addValueChangeListener(e -> refresh());
        Div filters = new Div(scope, words, subProgramme, country, language, sdg);
        filters.addClassName("imc-filters");
        if (service.canWrite()) {
            add = new Button(getTranslation("practice.add"), new Icon("vaadin:plus"), e -> {
                Long own = currentUser.get().map(u -> u.municipalityId()).orElse(null);
                Municipality home = own == null ? null : municipalities.get(own);
                PracticeData start = home == null
                        ? PracticeData.blank("")
                        : PracticeData.blank(home.getCountry()).withMunicipality(home.getId());
                Map<Long, String> contacts = home == null ? Map.of() : Map.of(home.getId(), home.getName());
                new PracticeForm(
                                service,
                                sdgs,
                                null,
                                start,
                                contacts,
                                saved -> getUI().ifPresent(ui -> ui.navigate("practices/" + saved.getId())))
                        .open();
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(add);
        }
        grid.addColumn(GridCells.<PracticeSummary>link(p -> "practices/" + p.id(), PracticeSummary::title))
                .setHeader(getTranslation("practice.field.title"))
                .setFlexGrow(3);
        grid.addColumn(PracticeSummary::summary)
                .setHeader(getTranslation("practice.field.summary"))
                .setFlexGrow(4);
        grid.addColumn(PracticeSummary::country)
                .setHeader(getTranslation("practice.field.country"))
                .setAutoWidth(true);
        grid.addColumn(p -> Language.valueOf(p.language()).nativeName())
                .setHeader(getTranslation("practice.field.language"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.publishedAt() == null ? "" : Formats.dateTime(p.publishedAt()))
                .setHeader(getTranslation("practice.published"))
                .setAutoWidth(true);
        // on a phone: title and country
        PhoneColumns.keep(grid, 0, 2);
        grid.setAriaLabel(getTranslation("practice.title"));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(25);
        grid.setItems(
                q -> switch (scope.getValue()) {
                    case PUBLISHED -> service.search(filter(), q.getOffset(), q.getLimit()).stream();
                    case MINE -> service.mine(q.getOffset(), q.getLimit()).stream();
                    case REVIEW -> service.reviewQueue(q.getOffset(), q.getLimit()).stream();
                },
                q -> (int)
                        switch (scope.getValue()) {
                            case PUBLISHED -> service.count(filter());
                            case MINE -> service.countMine();
                            case REVIEW -> service.countReviewQueue();
                        });
        grid.setSizeFull();
        add(new H1(getTranslation("practice.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    PracticeFilter filter() {
        return new PracticeFilter(
                words.getValue(), subProgramme.getValue(), country.getValue(), language.getValue(), sdg.getValue());
    }

    private void refresh() {
        boolean published = scope.getValue() == Scope.PUBLISHED;
        for (var f : List.of(words, country)) {
            f.setEnabled(published);
        }
        subProgramme.setEnabled(published);
        language.setEnabled(published);
        sdg.setEnabled(published);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("sub").ifPresent(sub -> {
            try {
                subProgramme.setValue(SubProgramme.valueOf(sub));
            } catch (IllegalArgumentException ignored) {
                // an unknown sub-programme in a link filters nothing
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.title") + " · IMC";
    }
}
