package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.imc.platform.base.db.OwnSecurityContextStrategy;
import org.imc.platform.base.db.ProxiedDatabaseConfiguration;
import org.imc.platform.base.db.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * In a real browser: while the database is away the user reads "temporarily unavailable" (no
 * stack trace, no blank page), and once it is back the same page opens again without a restart.
 */
@ExtendWith(OwnSecurityContextStrategy.class)
@Import(ProxiedDatabaseConfiguration.class)
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=3000")
class DatabaseOutageIT extends BrowserJourneyBase {

    private static final String MESSAGE = "The platform cannot reach its database right now";

    @Autowired
    TcpProxy database;

    @AfterEach
    void databaseBack() throws Exception {
        database.restore();
    }

    @Test
    void aUserReadsTemporarilyUnavailableAndCarriesOnWhenTheDatabaseIsBack() throws Exception {
        signInAs("member");

        database.cut();
        navItem("Municipalities").click();
        assertThat(page.getByText(MESSAGE).first()).isVisible();
        assertThat(page.getByText("Exception")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "DatabaseOutageIT-database-away.png")));

        database.restore();
        page.navigate(url("municipalities"));
        assertThat(page.locator("h1")).hasText("Municipalities");
        assertThat(page.getByText("municipalities match").first()).isVisible();
    }
}
