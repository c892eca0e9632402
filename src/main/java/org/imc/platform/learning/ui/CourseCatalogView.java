package org.imc.platform.learning.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseFilter;
import org.imc.platform.learning.CourseFormat;
import org.imc.platform.learning.CourseLanguage;
import org.imc.platform.learning.CourseService;

/**
 * The course catalogue for everyone: filtered, sorted and paged in the database.
 */
@Route("learning/courses")
@Menu(order = 50, icon = "vaadin:academy-cap", title = "nav.learning.courses")
@PermitAll
class CourseCatalogView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<SubProgramme> subProgramme = new ComboBox<>();
    final ComboBox<CourseFormat> format = new ComboBox<>();
    final ComboBox<CourseLanguage> language = new ComboBox<>();
    final Grid<Course> grid = new Grid<>(Course.class, false);
    final Span total = new Span();
    private final transient CourseService service;
    private final Map<Long, String> trainerNames = new HashMap<>();

    CourseCatalogView(CourseService service) {
        this.service = service;
        addClassName("imc-view");
        setSizeFull();

        search.setLabel(getTranslation("learning.catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        subProgramme.setLabel(getTranslation("learning.course.sub-programme"));
        subProgramme.setItems(SubProgramme.values());
        subProgramme.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        subProgramme.setWidth("18rem");
        format.setLabel(getTranslation("learning.course.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        language.setLabel(getTranslation("learning.course.language"));
        language.setItems(CourseLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        for (ComboBox<?> box : new ComboBox<?>[] {subProgramme, format, language}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(search, subProgramme, format, language);
        filters.addClassName("imc-filters");

        grid.addColumn(GridCells.<Course>link(c -> "learning/courses/" + c.getId(), Course::getTitle))
                .setHeader(getTranslation("learning.course.title"))
                .setSortProperty("title")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation(c.getSubProgramme().labelKey()))
                .setHeader(getTranslation("learning.course.sub-programme"))
                .setSortProperty("subProgramme")
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.getFormat().labelKey()))
                .setHeader(getTranslation("learning.course.format"));
        grid.addColumn(c -> getTranslation(c.getLanguage().labelKey()))
                .setHeader(getTranslation("learning.course.language"));
        grid.addColumn(c -> getTranslation("learning.course.duration-value", c.getDurationHours()))
                .setHeader(getTranslation("learning.course.duration"))
                .setSortProperty("durationHours");
        grid.addColumn(c -> trainerNames.computeIfAbsent(c.getTrainerUserId(), id -> service.trainerName(c)))
                .setHeader(getTranslation("learning.course.trainer"));
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("title")).build());
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("learning.catalogue.title"));
        grid.setItems(q -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) count());
        // on a phone: title and sub-programme
        PhoneColumns.keep(grid, 0, 1);
        grid.setSizeFull();
        total.addClassName("imc-muted");
        add(new H1(getTranslation("learning.catalogue.title")), filters, total, grid);
        setFlexGrow(1, grid);
    }

    CourseFilter filter() {
        return new CourseFilter(search.getValue(), subProgramme.getValue(), format.getValue(), language.getValue());
    }

    private long count() {
        long count = service.count(filter());
        total.setText(getTranslation("learning.catalogue.matches", Formats.number(count)));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.catalogue.title") + " · IMC";
    }
}
