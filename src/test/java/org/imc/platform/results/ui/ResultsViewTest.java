package org.imc.platform.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.results.Dimension;
import org.imc.platform.results.ResultsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The results page for a signed-in member: totals, one breakdown at a time with its chart, the CSV. */
@ViewTest
class ResultsViewTest extends BrowserlessViewTest {

    @Autowired
    ResultsService results;

    @Test
    @WithUserDetails("member")
    void everyBreakdownShowsItsRowsAndChart() {
        ResultsView view = navigate(ResultsView.class);
        assertThat(view.dimension.getValue()).isEqualTo(Dimension.SDG);
        assertThat(view.totals.getChildren().count()).isEqualTo(8);
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.map.lines).isNotEmpty();
        for (Dimension d : Dimension.values()) {
            view.dimension.setValue(d);
            int rows = results.results().by(d).size();
            assertThat(test(view.table).size()).as(d.name()).isEqualTo(rows);
            assertThat(view.chart.getChildren().count()).as(d.name()).isEqualTo(rows == 0 ? 0 : 1);
        }
        view.dimension.setValue(Dimension.COUNTRY);
        assertThat(test(view.table).size()).isGreaterThan(0);
    }

    @Test
    @WithUserDetails("officer")
    void aFundOfficerAlsoSeesTheLoansByLocationWithALegendAndAList() {
        ResultsView view = navigate(ResultsView.class);
        assertThat(view.map.loans).isNotEmpty();
        assertThat(view.map.loans)
                .extracting(p -> p.label())
                .anyMatch(label -> label.startsWith("Kumasi — loans: ") && label.contains("outstanding"));
        assertThat(view.map.svg()).contains("class=\"imc-map-loans\"").contains("Kumasi — loans: ");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class)
                        .from(view.map)
                        .all())
                .extracting(li -> li.getElement().getTextRecursively())
                .contains("Loans at a municipality (fund officers only)")
                .anyMatch(t -> t.startsWith("Kumasi — loans: "));
    }

    @Test
    @WithUserDetails("mayor")
    void aMayorSeesNoLoansOnTheMap() {
        ResultsView view = navigate(ResultsView.class);
        assertThat(view.map.loans).isEmpty();
        assertThat(view.map.svg()).doesNotContain("imc-map-loans");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class)
                        .from(view.map)
                        .all())
                .extracting(li -> li.getElement().getTextRecursively())
                .noneMatch(t -> t.contains("Loans"));
    }
}
