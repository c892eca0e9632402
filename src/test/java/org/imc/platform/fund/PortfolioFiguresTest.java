package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portfolio's figures are computed once and handed out again only while no ledger entry or
 * loan has been added since.
 */
class PortfolioFiguresTest extends FundTestSupport {

    @Autowired
    PortfolioService portfolio;

    @Test
    void figuresAreKeptUntilMoneyMoves() throws Exception {
        Portfolio first = callAs("officer", () -> portfolio.figures());
        assertThat(callAs("officer", () -> portfolio.figures())).isSameAs(first);

        callAs("officer", () -> {
            loans.contribute(new BigDecimal("1.00"), PREFIX + "portfolio figures");
            return null;
        });
        Portfolio after = callAs("officer", () -> portfolio.figures());
        assertThat(after).isNotSameAs(first);
        assertThat(after.contributed()).isEqualByComparingTo(first.contributed().add(new BigDecimal("1.00")));
        assertThat(after.capital().available())
                .isEqualByComparingTo(first.capital().available().add(new BigDecimal("1.00")));
        assertThat(callAs("officer", () -> portfolio.figures())).isSameAs(after);
    }
}
