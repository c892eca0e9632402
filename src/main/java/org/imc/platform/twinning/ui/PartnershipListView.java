package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.GridCells;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningReader;
import org.imc.platform.twinning.TwinningStatus;
import org.springframework.data.domain.PageRequest;

/**
 * Partnerships of the network (active, suspended, concluded): everyone signed in reads them;
 * a mayor can narrow them to their own municipality.
 */
@Route("twinning/partnerships")
@Menu(order = 42, icon = "vaadin:globe", title = "nav.twinning.partnerships")
@PermitAll
class PartnershipListView extends VerticalLayout implements HasDynamicTitle {

    final Select<TwinningStatus> status = new Select<>();
    final Checkbox mine = new Checkbox();
    final Grid<Twinning> grid = new Grid<>(Twinning.class, false);
    private final transient TwinningReader reader;
    private Map<Long, MunicipalityName> names = Map.of();

    PartnershipListView(TwinningReader reader, CurrentUser currentUser) {
        this.reader = reader;
        addClassName("imc-view");
        setSizeFull();
        status.setLabel(getTranslation("twinning.partnerships.status"));
        status.setItems(TwinningStatus.ACTIVE, TwinningStatus.SUSPENDED, TwinningStatus.CONCLUDED);
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(status);
        filters.addClassName("imc-filters");
        boolean mayor = currentUser.hasRole(Role.MAYOR) && currentUser.require().municipalityId() != null;
        if (mayor) {
            mine.setLabel(getTranslation("twinning.partnerships.mine"));
            mine.setValue(!currentUser.hasRole(Role.LIAISON));
            mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            filters.add(mine);
        }

        grid.addColumn(GridCells.<Twinning>link(
                        t -> "twinning/partnerships/" + t.getId(),
                        t -> TwinningActions.name(names, t.getProposerMunicipalityId()) + " – "
                                + TwinningActions.name(names, t.getPartnerMunicipalityId())))
                .setHeader(getTranslation("twinning.partnerships.column.partners"))
                .setFlexGrow(3);
        grid.addColumn(t -> t.getThemes().stream()
                        .map(s -> getTranslation(s.labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("twinning.proposals.column.themes"))
                .setFlexGrow(3);
        grid.addComponentColumn(t -> {
                    Span tag = new Span(getTranslation(t.getStatus().labelKey()));
                    tag.addClassName("imc-tag");
                    return tag;
                })
                .setHeader(getTranslation("twinning.partnerships.status"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.getActivatedAt() == null ? "" : Formats.dateTime(t.getActivatedAt()))
                .setHeader(getTranslation("twinning.partnerships.column.since"))
                .setAutoWidth(true);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("twinning.partnerships.title"));
        grid.setItems(
                q -> {
                    List<Twinning> page = reader.partnerships(
                            statuses(), mine.getValue(), PageRequest.of(q.getPage(), q.getPageSize()));
                    names = reader.names(page);
                    return page.stream();
                },
                q -> (int) reader.countPartnerships(statuses(), mine.getValue()));
        // on a phone: partners and status
        PhoneColumns.keep(grid, 0, 2);
        grid.setSizeFull();
        add(new H1(getTranslation("twinning.partnerships.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private Collection<TwinningStatus> statuses() {
        return status.getValue() == null ? TwinningStatus.PARTNERSHIP : List.of(status.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twinning.partnerships.title") + " · IMC";
    }
}
