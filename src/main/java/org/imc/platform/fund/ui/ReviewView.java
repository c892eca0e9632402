package org.imc.platform.fund.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.ShownRows;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.ApplicationLists;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The officers' priority list: pending applications, highest priority score first, then the
 * not yet scored ones by submission date.
 */
@Route("fund/review")
@Menu(order = 61, icon = "vaadin:clipboard-check", title = "nav.fund.review")
@RolesAllowed(Roles.FUND_OFFICER)
class ReviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<FundApplication> grid = new Grid<>(FundApplication.class, false);
    /** The first page as last drawn: rows and versions. */
    private final ShownRows<FundApplication> shown = new ShownRows<>(a -> a.getId() + ":" + a.getVersion());

    private final transient ApplicationLists service;
    private final transient MunicipalityService municipalities;
    private Map<Long, MunicipalityName> names = Map.of();
    private final transient UserService users;
    private Map<Long, String> reviewers = Map.of();

    private final transient MoneyFormat money;

    ReviewView(
            ApplicationLists service,
            MunicipalityService municipalities,
            MoneyFormat money,
            UserService users,
            LiveUpdates live) {
        this.users = users;
        this.money = money;
        this.service = service;
        this.municipalities = municipalities;
        addClassName("imc-view");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("fund.review.intro"));
        intro.addClassName("imc-muted");

        grid.addColumn(a -> a.getPriorityScore() == null ? "—" : Formats.decimal(a.getPriorityScore()))
                .setHeader(getTranslation("fund.column.score"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::titleAndReviewer)
                .setHeader(getTranslation("fund.column.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> {
                    MunicipalityName n = names.get(a.getMunicipalityId());
                    return n == null ? "" : n.label();
                })
                .setHeader(getTranslation("fund.column.municipality"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.getSubProgramme().labelKey()))
                .setHeader(getTranslation("fund.column.sub-programme"))
                .setFlexGrow(2);
        grid.addColumn(a -> money.format(a.getAmount()))
                .setHeader(getTranslation("fund.column.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.getStatus().labelKey()))
                .setHeader(getTranslation("fund.column.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getSubmittedAt()))
                .setHeader(getTranslation("fund.column.submitted"))
                .setAutoWidth(true);
        // long project and municipality names wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("fund.review.title"));
        grid.setItems(q -> shown.fetched(q, page(q.getPage(), q.getPageSize())).stream(), q ->
                (int) service.reviewCount());
        // on a phone: score and project
        PhoneColumns.keep(grid, 0, 1);
        grid.setSizeFull();
        add(new H1(getTranslation("fund.review.title")), intro, grid);
        setFlexGrow(1, grid);
        // another officer takes or decides an item, a mayor submits one: the rows change in place
        // (drawn again only when they differ: not after the echo of this officer's own action)
        live.follow(
                this,
                () -> shown.refreshIfChanged(grid, size -> service.reviewQueue(PageRequest.of(0, size))),
                Topic.FUND_QUEUE);
    }

    private List<FundApplication> page(int page, int size) {
        List<FundApplication> rows = service.reviewQueue(PageRequest.of(page, size));
        names = municipalities.names(
                rows.stream().map(FundApplication::getMunicipalityId).distinct().toList());
        // the few officers who took the items of this page
        Map<Long, String> taken = new HashMap<>();
        rows.stream()
                .map(FundApplication::getReviewerUserId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> taken.put(
                        id, users.summary(id).map(UserSummary::fullName).orElse("—")));
        reviewers = taken;
        return rows;
    }

    /** The title, and who took the item for review ("taken by Omar Diallo"). */
    private Component titleAndReviewer(FundApplication a) {
        Div cell = new Div(new Anchor("fund/applications/" + a.getId(), a.getTitle()));
        if (a.getReviewerUserId() != null) {
            Span by = new Span(
                    getTranslation("fund.review.taken-by", reviewers.getOrDefault(a.getReviewerUserId(), "—")));
            by.addClassNames("imc-muted", "imc-taken-by");
            cell.add(by);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fund.review.title") + " · IMC";
    }
}
