package org.imc.platform.results.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.imc.platform.base.ui.Charts;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.directory.NetworkMapService;
import org.imc.platform.directory.ui.NetworkMap;
import org.imc.platform.fund.PortfolioService;
import org.imc.platform.fund.ui.LoanMarks;
import org.imc.platform.results.Dimension;
import org.imc.platform.results.Figures;
import org.imc.platform.results.IndicatorTotal;
import org.imc.platform.results.NetworkResults;
import org.imc.platform.results.ResultRow;
import org.imc.platform.results.ResultsService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.beans.factory.annotation.Value;

/**
 * The network's results for everyone signed in: totals, one breakdown at a time (by SDG,
 * sub-programme, country or year) as a chart and a table, indicators by unit, the CSV of every
 * breakdown, and a link to the public page.
 */
@Route("results")
@Menu(order = 15, icon = "vaadin:chart-grid", title = "nav.results")
@PermitAll
class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ResultsService service;
    private final Currency currency;
    final Select<Dimension> dimension = new Select<>();
    final Grid<ResultRow> table = new Grid<>();
    final Grid<IndicatorTotal> indicators = new Grid<>();
    final Div chart = new Div();
    final Anchor csv;
    final Div totals = new Div();

    final NetworkMap map;

    ResultsView(
            ResultsService service,
            NetworkMapService mapService,
            PortfolioService portfolio,
            CurrentUser currentUser,
            @Value("${imc.fund.currency:USD}") String currency) {
        this.service = service;
        this.currency = Currency.getInstance(currency);
        addClassName("imc-view");
        setWidthFull();
        NetworkResults r = service.results();
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = service.csv(currency).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "network-results.csv", "text/csv", bytes.length);
                }),
                getTranslation("results.csv"));
        csv.getElement().setAttribute("download", true);
        Anchor publicPage = new Anchor("public/results", getTranslation("results.public.link"));
        publicPage.setRouterIgnore(true);
        Paragraph asOf = new Paragraph(getTranslation("results.as-of", Formats.dateTime(r.computedAt())));
        asOf.addClassName("imc-muted");
        add(new H1(getTranslation("results.title")), asOf, new Div(csv, new Span(" · "), publicPage));

        totals.addClassName("imc-card-grid");
        Figures f = r.totals();
        totals.add(
                figure("results.figure.partnerships", Formats.number(f.activePartnerships())),
                figure("results.figure.agreements", Formats.number(r.activeAgreements())),
                figure("results.figure.exchanges", Formats.number(f.exchangesHeld())),
                figure("results.figure.goals", Formats.number(f.goalsMet())),
                figure("results.figure.people", Formats.number(f.peopleTrained())),
                figure("results.figure.disbursed", Formats.money(f.loansDisbursed(), this.currency)),
                figure("results.figure.repaid", Formats.money(f.loansRepaid(), this.currency)),
                figure("results.figure.practices", Formats.number(r.publishedPractices())));
        add(totals);

        dimension.setLabel(getTranslation("results.by"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> d == null ? "" : getTranslation(d.labelKey()));
        table.addColumn(row -> dimension.getValue().keyLabel(row.key(), this::getTranslation))
                .setHeader(getTranslation("results.column.key"))
                .setFlexGrow(3);
        table.addColumn(row -> Formats.number(row.figures().activePartnerships()))
                .setHeader(getTranslation("results.figure.partnerships"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(row -> Formats.number(row.figures().exchangesHeld()))
                .setHeader(getTranslation("results.figure.exchanges"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(row -> Formats.number(row.figures().goalsMet()))
                .setHeader(getTranslation("results.figure.goals"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(row -> Formats.number(row.figures().peopleTrained()))
                .setHeader(getTranslation("results.figure.people"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(row -> Formats.money(row.figures().loansDisbursed(), this.currency))
                .setHeader(getTranslation("results.figure.disbursed"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(row -> Formats.money(row.figures().loansRepaid(), this.currency))
                .setHeader(getTranslation("results.figure.repaid"))
                .setTextAlign(ColumnTextAlign.END);
        // on a phone: a card per row, each figure named
        PhoneColumns.cards(
                table,
                getTranslation("results.column.key"),
                row -> List.of(
                        dimension.getValue().keyLabel(row.key(), this::getTranslation),
                        PhoneColumns.labelled(
                                getTranslation("results.figure.partnerships"),
                                Formats.number(row.figures().activePartnerships())),
                        PhoneColumns.labelled(
                                getTranslation("results.figure.exchanges"),
                                Formats.number(row.figures().exchangesHeld())),
                        PhoneColumns.labelled(
                                getTranslation("results.figure.goals"),
                                Formats.number(row.figures().goalsMet())),
                        PhoneColumns.labelled(
                                getTranslation("results.figure.people"),
                                Formats.number(row.figures().peopleTrained())),
                        PhoneColumns.labelled(
                                getTranslation("results.figure.disbursed"),
                                Formats.money(row.figures().loansDisbursed(), this.currency)),
                        PhoneColumns.labelled(
                                getTranslation("results.figure.repaid"),
                                Formats.money(row.figures().loansRepaid(), this.currency))));
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("results.title"));
        dimension.addValueChangeListener(e -> showBreakdown(service.results(), e.getValue()));
        add(dimension, chart, table);

        add(new H2(getTranslation("results.indicators")));
        indicators.addColumn(IndicatorTotal::unit).setHeader(getTranslation("results.indicator.unit"));
        indicators
                .addColumn(i -> Formats.number(i.indicators()))
                .setHeader(getTranslation("results.indicator.count"))
                .setTextAlign(ColumnTextAlign.END);
        indicators
                .addColumn(i -> Formats.decimal(i.baseline()))
                .setHeader(getTranslation("results.indicator.baseline"))
                .setTextAlign(ColumnTextAlign.END);
        indicators
                .addColumn(i -> Formats.decimal(i.latest()))
                .setHeader(getTranslation("results.indicator.latest"))
                .setTextAlign(ColumnTextAlign.END);
        indicators
                .addColumn(i -> Formats.decimal(i.target()))
                .setHeader(getTranslation("results.indicator.target"))
                .setTextAlign(ColumnTextAlign.END);
        PhoneColumns.cards(
                indicators,
                getTranslation("results.indicator.unit"),
                i -> List.of(
                        i.unit(),
                        PhoneColumns.labelled(
                                getTranslation("results.indicator.count"), Formats.number(i.indicators())),
                        PhoneColumns.labelled(
                                getTranslation("results.indicator.baseline"), Formats.decimal(i.baseline())),
                        PhoneColumns.labelled(getTranslation("results.indicator.latest"), Formats.decimal(i.latest())),
                        PhoneColumns.labelled(
                                getTranslation("results.indicator.target"), Formats.decimal(i.target()))));
        indicators.setItems(r.indicators());
        indicators.setAllRowsVisible(true);
        indicators.setAriaLabel(getTranslation("results.indicators"));
        add(r.indicators().isEmpty() ? new Paragraph(getTranslation("results.indicators.none")) : indicators);
        add(new H2(getTranslation("map.title")));
        // fund officers also see the loans by location (the service refuses everyone else)
        map = new NetworkMap(
                mapService,
                mapService::points,
                mapService.lines(),
                currentUser.require().hasRole(Role.FUND_OFFICER)
                        ? LoanMarks.of(portfolio, amount -> Formats.money(amount, this.currency), this)
                        : null);
        add(map);
        Paragraph note = new Paragraph(getTranslation("results.note"));
        note.addClassName("imc-muted");
        add(note);
        dimension.setValue(Dimension.SDG);
    }

    private void showBreakdown(NetworkResults r, Dimension d) {
        List<ResultRow> rows = r.by(d);
        table.setItems(rows);
        chart.removeAll();
        if (rows.isEmpty()) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String partnerships = getTranslation("results.figure.partnerships");
        String goals = getTranslation("results.figure.goals");
        String people = getTranslation("results.figure.people");
        for (ResultRow row : rows) {
            String label = d.keyLabel(row.key(), this::getTranslation);
            data.addValue(row.figures().activePartnerships(), partnerships, label);
            data.addValue(row.figures().goalsMet(), goals, label);
            data.addValue(row.figures().peopleTrained(), people, label);
        }
        Locale locale = Formats.locale();
        byte[] png = Charts.bars(data, getTranslation("results.chart.axis"), true, 900, 60 + 50 * rows.size(), locale);
        Image image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(png), "results.png", "image/png", png.length)),
                getTranslation("results.chart.alt", getTranslation(d.labelKey())));
        image.addClassName("imc-chart");
        chart.add(image);
    }

    private Div figure(String key, String value) {
        Div card = new Div();
        card.addClassNames("imc-card", "imc-card-metric");
        Span figure = new Span(value);
        figure.addClassName("imc-card-figure");
        Span caption = new Span(getTranslation(key));
        caption.addClassName("imc-card-caption");
        card.add(figure, caption);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title") + " · IMC";
    }
}
