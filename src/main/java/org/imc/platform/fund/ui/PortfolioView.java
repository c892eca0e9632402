package org.imc.platform.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.imc.platform.base.ui.Charts;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.NetworkMapService;
import org.imc.platform.directory.ui.NetworkMap;
import org.imc.platform.fund.DelinquencyBucket;
import org.imc.platform.fund.LoanService;
import org.imc.platform.fund.Portfolio;
import org.imc.platform.fund.PortfolioService;
import org.imc.platform.security.Roles;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The fund's portfolio for officers: capital, commitments, outstanding, repayments, portfolio at
 * risk and revolutions, with breakdowns (charts and the same figures as tables), the loans by
 * location on the network map and a CSV export.
 */
@Route("fund/portfolio")
@Menu(order = 63, icon = "vaadin:chart", title = "nav.fund.portfolio")
@RolesAllowed(Roles.FUND_OFFICER)
class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    final BigDecimalField contribution = new BigDecimalField();
    final TextField contributionNote = new TextField();
    Button contribute;
    Anchor csv;
    Grid<Portfolio.Segment> bySubProgramme;
    Grid<Portfolio.Segment> byCountry;
    Grid<Portfolio.Segment> buckets;
    Portfolio shown;

    /** The borrowers' places, loans and outstanding principal on the network map. */
    NetworkMap map;

    final Button mapSwitch = new Button();

    private final transient PortfolioService portfolio;
    private final transient LoanService loans;

    private final transient MoneyFormat money;
    private final transient PortfolioCharts charts;
    private final transient NetworkMapService mapService;

    PortfolioView(
            PortfolioService portfolio,
            LoanService loans,
            MoneyFormat money,
            PortfolioCharts charts,
            NetworkMapService mapService) {
        this.money = money;
        this.mapService = mapService;
        this.charts = charts;
        this.portfolio = portfolio;
        this.loans = loans;
        addClassName("imc-view");
        setWidthFull();
        contribution.setLabel(getTranslation("fund.portfolio.contribution"));
        money.field(contribution);
        contributionNote.setLabel(getTranslation("fund.portfolio.contribution-note"));
        contributionNote.setMaxLength(500);
        show();
    }

    private void show() {
        removeAll();
        Portfolio p = portfolio.figures();
        shown = p;
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = portfolio.csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "fund-portfolio.csv", "text/csv", bytes.length);
                }),
                getTranslation("fund.portfolio.csv"));
        csv.getElement().setAttribute("download", true);
        add(new H1(getTranslation("fund.portfolio.title")), csv);

        Div figures = new Div();
        figures.addClassName("imc-card-grid");
        figures.add(
                figure("fund.portfolio.available", money.format(p.capital().available()), "figure-available"),
                figure("fund.portfolio.committed", money.format(p.capital().committed()), "figure-committed"),
                figure("fund.portfolio.outstanding", money.format(p.outstanding()), "figure-outstanding"),
                figure("fund.portfolio.disbursed", money.format(p.disbursed()), "figure-disbursed"),
                figure("fund.portfolio.repaid", money.format(p.repaid()), "figure-repaid"),
                figure("fund.portfolio.interest", money.format(p.interest()), "figure-interest"),
                figure("fund.portfolio.par", Formats.decimal(p.parPercent()) + " %", "figure-par"),
                figure("fund.portfolio.revolutions", Formats.decimal(p.revolutions()), "figure-revolutions"),
                figure("fund.portfolio.contributed", money.format(p.contributed()), "figure-contributed"),
                figure("fund.portfolio.written-off", money.format(p.writtenOff()), "figure-written-off"),
                figure(
                        "fund.portfolio.loans",
                        getTranslation("fund.portfolio.loans-value", p.activeLoans(), p.loans()),
                        "figure-loans"));
        Paragraph definitions = new Paragraph(getTranslation("fund.portfolio.definitions"));
        definitions.addClassName("imc-muted");
        add(figures, definitions);

        Locale locale = Formats.locale();
        add(new H2(getTranslation("fund.portfolio.by-sub-programme")));
        DefaultCategoryDataset subData = new DefaultCategoryDataset();
        p.bySubProgramme().forEach(s -> {
            String label = getTranslation("subprogramme." + s.key());
            subData.addValue(s.disbursed(), getTranslation("fund.portfolio.disbursed"), label);
            subData.addValue(s.outstanding(), getTranslation("fund.portfolio.outstanding"), label);
        });
        add(chart(
                p,
                subData,
                true,
                40 + 60 * Math.max(1, p.bySubProgramme().size()),
                "fund.portfolio.chart-sub-alt",
                locale));
        bySubProgramme =
                table(p.bySubProgramme(), s -> getTranslation("subprogramme." + s.key()), "fund.column.sub-programme");
        add(bySubProgramme);

        add(new H2(getTranslation("fund.portfolio.by-country")));
        DefaultCategoryDataset countryData = new DefaultCategoryDataset();
        p.byCountry().forEach(s -> {
            countryData.addValue(s.disbursed(), getTranslation("fund.portfolio.disbursed"), s.key());
            countryData.addValue(s.outstanding(), getTranslation("fund.portfolio.outstanding"), s.key());
        });
        add(chart(
                p,
                countryData,
                true,
                40 + 60 * Math.max(1, p.byCountry().size()),
                "fund.portfolio.chart-country-alt",
                locale));
        byCountry = table(p.byCountry(), Portfolio.Segment::key, "fund.column.country");
        add(byCountry);

        // where the loans are: the same map and loan layer as the results page (the service serves
        // officers only), drawn when asked for: it is the page's heaviest part (the network's places
        // clustered, the loans by place), and most openings are for the figures
        add(new H2(getTranslation("fund.portfolio.map")));
        mapSwitch.setText(getTranslation("map.show"));
        mapSwitch.addClickListener(e -> {
            map = new NetworkMap(mapService, mapService::points, null, LoanMarks.of(portfolio, money::format, this));
            replace(mapSwitch, map);
        });
        add(mapSwitch);

        add(new H2(getTranslation("fund.portfolio.by-bucket")));
        DefaultCategoryDataset bucketData = new DefaultCategoryDataset();
        p.buckets()
                .forEach((bucket, s) -> bucketData.addValue(
                        s.outstanding(),
                        getTranslation("fund.portfolio.outstanding"),
                        getTranslation(bucket.labelKey())));
        add(chart(p, bucketData, false, 320, "fund.portfolio.chart-bucket-alt", locale));
        buckets = table(
                List.copyOf(p.buckets().values()),
                s -> getTranslation(DelinquencyBucket.valueOf(s.key()).labelKey()),
                "fund.column.bucket");
        add(buckets);

        contribution.clear();
        contributionNote.clear();
        contribute = new Button(getTranslation("fund.portfolio.contribute"), e -> {
            if (UserMessages.attempt(() -> loans.contribute(contribution.getValue(), contributionNote.getValue()))) {
                UserMessages.showSuccess("fund.portfolio.contributed-done");
                show();
            }
        });
        contribute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(
                new H2(getTranslation("fund.portfolio.contribute-title")), contribution, contributionNote, contribute);
        box.addClassName("imc-card");
        box.addClassName("imc-action");
        add(box);
    }

    private Image chart(
            Portfolio p, DefaultCategoryDataset data, boolean horizontal, int height, String altKey, Locale locale) {
        String valueLabel = getTranslation("fund.portfolio.amount-axis");
        byte[] png =
                charts.png(p, altKey, locale, () -> Charts.bars(data, valueLabel, horizontal, 900, height, locale));
        Image image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(png), "chart.png", "image/png", png.length)),
                getTranslation(altKey));
        image.addClassName("imc-chart");
        return image;
    }

    private Grid<Portfolio.Segment> table(
            List<Portfolio.Segment> rows, Function<Portfolio.Segment, String> label, String keyHeader) {
        Grid<Portfolio.Segment> grid = new Grid<>();
        // on a phone: the segment and what is outstanding
        PhoneColumns.keep(grid, 0, 5);
        grid.addColumn(label::apply).setHeader(getTranslation(keyHeader)).setFlexGrow(3);
        grid.addColumn(s -> Formats.number(s.loans()))
                .setHeader(getTranslation("fund.portfolio.loans"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> money.format(s.approved()))
                .setHeader(getTranslation("fund.portfolio.approved"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> money.format(s.disbursed()))
                .setHeader(getTranslation("fund.portfolio.disbursed"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> money.format(s.repaid()))
                .setHeader(getTranslation("fund.portfolio.repaid"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> money.format(s.outstanding()))
                .setHeader(getTranslation("fund.portfolio.outstanding"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> money.format(s.atRisk()))
                .setHeader(getTranslation("fund.portfolio.at-risk"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(keyHeader));
        return grid;
    }

    private Div figure(String labelKey, String value, String id) {
        Span figure = new Span(value);
        figure.addClassName("imc-card-figure");
        figure.setId(id);
        Span caption = new Span(getTranslation(labelKey));
        caption.addClassName("imc-card-caption");
        Div box = new Div(figure, caption);
        box.addClassName("imc-card");
        box.addClassName("imc-card-metric");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fund.portfolio.title") + " · IMC";
    }
}
