package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * WCAG 2.2 AA as axe-core checks it: no serious or critical violation on any route, for any
 * role, in English and in Arabic (right to left). Each role signs in once, sweeps its routes in
 * English, switches to Arabic in the header and sweeps them again; all violations are listed
 * together in the failure message.
 */
class AccessibilityIT extends BrowserJourneyBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetLanguages() {
        jdbc.update("UPDATE app_user SET language = NULL WHERE username IN ('admin', 'mayor', 'liaison', 'officer',"
                + " 'trainer', 'member')");
    }

    @Test
    void everyRouteOfEveryRoleInEnglishAndArabic() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String user : RouteSweep.ROLES) {
            if (!RouteSweep.selected("sweep.roles", user)) {
                continue;
            }
            context.clearCookies();
            signInAs(user);
            List<String> routes = RouteSweep.routesOf(page, user, jdbc);
            for (String language : List.of("en", "ar")) {
                if (language.equals("ar")) {
                    chooseLanguage("العربية");
                }
                for (String route : routes) {
                    RouteSweep.openInApp(page, url(""), route);
                    assertThat(page.locator("html")).hasAttribute("lang", language);
                    violations.addAll(RouteSweep.seriousViolations(page, user + " " + language + " /" + route));
                    checked++;
                }
            }
        }
        System.out.println("accessibility: " + checked + " pages checked, " + violations.size() + " violations");
        assertThat(violations)
                .as("serious or critical axe-core violations:\n" + String.join("\n", violations))
                .isEmpty();
    }

    @Test
    void pagesBeforeSigningInInEnglishAndArabic() {
        List<String> violations = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            if (language.equals("ar")) {
                page.navigate(url("login"));
                settle();
                chooseLanguage("العربية");
            }
            for (String route : RouteSweep.PUBLIC_ROUTES) {
                page.navigate(url(route));
                settle();
                assertThat(page.locator("html")).hasAttribute("lang", language);
                violations.addAll(RouteSweep.seriousViolations(page, "anonymous " + language + " /" + route));
            }
        }
        assertThat(violations)
                .as("serious or critical axe-core violations:\n" + String.join("\n", violations))
                .isEmpty();
    }

    void chooseLanguage(String language) {
        page.locator("vaadin-select.imc-language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(language))
                .click();
        settle();
    }
}
