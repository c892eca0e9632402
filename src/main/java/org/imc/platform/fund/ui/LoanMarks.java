package org.imc.platform.fund.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.MapPoint;
import org.imc.platform.fund.LoanPlace;
import org.imc.platform.fund.PortfolioService;

/**
 * The loan layer of a {@link org.imc.platform.directory.ui.NetworkMap}, for fund officers: each
 * place of {@link PortfolioService#loansByLocation} as a mark labelled with its loans and the
 * principal outstanding. The service refuses everyone else, so only officers' pages ask for it.
 */
public final class LoanMarks {

    private LoanMarks() {}

    /**
     * @param money writes an amount in the fund's currency
     * @param page the page the map is on, which translates the labels
     */
    public static Function<MapArea, List<MapPoint>> of(
            PortfolioService portfolio, Function<BigDecimal, String> money, Component page) {
        return area -> portfolio.loansByLocation(area).stream()
                .map(place -> mark(place, money, page))
                .toList();
    }

    private static MapPoint mark(LoanPlace place, Function<BigDecimal, String> money, Component page) {
        String outstanding = money.apply(place.outstanding());
        String label = place.municipalities() == 1
                ? page.getTranslation("map.loans.place", place.name(), place.loans(), outstanding)
                : page.getTranslation(
                        "map.loans.cluster", place.municipalities(), place.name(), place.loans(), outstanding);
        return new MapPoint(place.latitude(), place.longitude(), place.municipalities(), label);
    }
}
