package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;
import org.imc.platform.IntegrationTest;
import org.imc.platform.directory.MapArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Loans by location for the map: fund officers see every borrower's loans at its position, with
 * the loans' count and principal outstanding, limited to the area shown; nobody else receives them.
 */
class LoansByLocationTest extends IntegrationTest {

    @Autowired
    PortfolioService portfolio;

    @Test
    void anOfficerSeesEachBorrowersLoansAtItsPlace() throws Exception {
        List<LoanPlace> world = callAs("officer", () -> portfolio.loansByLocation(MapArea.WORLD));
        long borrowers = jdbc.queryForObject(
                "select count(distinct l.municipality_id) from loan l join municipality m on m.id = l.municipality_id "
                        + "where m.latitude is not null",
                Long.class);
        assertThat(world).hasSize((int) borrowers).allMatch(p -> p.municipalities() == 1);
        LoanPlace kumasi = world.stream()
                .filter(p -> p.name().equals("Kumasi"))
                .findFirst()
                .orElseThrow();
        assertThat(kumasi.loans())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from loan where municipality_id = ?", Long.class, municipalityId("Kumasi")));
        assertThat(kumasi.outstanding())
                .isEqualByComparingTo(jdbc.queryForObject(
                        "select sum(disbursed - principal_repaid - written_off) from loan where municipality_id = ?",
                        BigDecimal.class,
                        municipalityId("Kumasi")));
        assertThat(kumasi.outstanding()).isPositive();
        assertThat(kumasi.latitude()).isBetween(6.0, 7.5);

        // zoomed on Jamaica: Kingston's loans, not Ghana's
        MapArea jamaica = new MapArea(18, -77, 6);
        List<LoanPlace> there = callAs("officer", () -> portfolio.loansByLocation(jamaica));
        assertThat(there).extracting(LoanPlace::name).contains("Kingston").doesNotContain("Kumasi", "Accra");
    }

    @Test
    void nobodyButFundOfficersReceivesLoanData() {
        for (String user : List.of("mayor", "member", "liaison", "trainer", "admin")) {
            assertThat(catchThrowable(() -> callAs(user, () -> portfolio.loansByLocation(MapArea.WORLD))))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
