package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route of every role on a phone (360×740 CSS pixels): the page never scrolls sideways,
 * the navigation sits in a drawer behind the toggle, buttons and other controls are at least
 * 44×44 px, and a dialog fits the screen; each role's journey runs at that size too. Screenshots
 * of each page are kept as {@code target/screenshots/phone-<user>-<route>.png}, those of the
 * journeys as {@code phone-journey-<role>-<step>.png}.
 */
class PhoneIT extends BrowserJourneyBase {

    static final int WIDTH = 360;
    static final int HEIGHT = 740;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRouteOfEveryRoleFitsAPhone() throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        page.setViewportSize(WIDTH, HEIGHT);
        for (String user : RouteSweep.ROLES) {
            if (!RouteSweep.selected("sweep.roles", user)) {
                continue;
            }
            context.clearCookies();
            signInAs(user);
            // the navigation is a drawer, closed until the toggle opens it
            assertThat(page.locator("vaadin-app-layout")).hasAttribute("overlay", "");
            assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
            assertThat(page.locator("vaadin-side-nav")).not().isInViewport();
            List<String> routes = new ArrayList<>(RouteSweep.routesOf(page, user, jdbc));
            if (user.equals("trainer") && RouteSweep.selected("sweep.routes", "learning/manage/courses")) {
                // the content page of one of the trainer's courses: modules, materials, questions
                routes.add("learning/manage/courses/"
                        + jdbc.queryForObject(
                                "SELECT MIN(c.id) FROM course c JOIN app_user u ON u.id = c.trainer_id"
                                        + " WHERE u.username = 'trainer' AND EXISTS"
                                        + " (SELECT 1 FROM course_module m WHERE m.course_id = c.id)",
                                Long.class));
            }
            for (String route : routes) {
                RouteSweep.openInApp(page, url(""), route);
                String where = user + " /" + route;
                int overflow = RouteSweep.horizontalOverflow(page);
                if (overflow > 0) {
                    problems.add(where + ": the page scrolls sideways by " + overflow + " px");
                }
                for (String cut : RouteSweep.cutOffInHeader(page)) {
                    problems.add(where + ": cut off at the edge of the screen: " + cut);
                }
                for (String small : RouteSweep.smallTapTargets(page)) {
                    problems.add(where + ": tap target smaller than 44×44 px: " + small);
                }
                for (String grid : RouteSweep.gridsScrollingSideways(page)) {
                    problems.add(where + ": columns wider than the screen: " + grid);
                }
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(dir.resolve("phone-" + user + "-"
                                + (route.isEmpty() ? "dashboard" : route).replace('/', '-') + ".png")));
                checked++;
            }
        }
        System.out.println("phone: " + checked + " pages checked, " + problems.size() + " problems");
        assertThat(problems)
                .as("pages that do not fit a phone:\n" + String.join("\n", problems))
                .isEmpty();
    }

    /**
     * The role journeys of the language test ({@link RoleSteps}), in English on a phone: each role
     * signs in and does its one thing through the drawer and the dialogs; after every step the
     * page must not scroll sideways, and a screenshot is kept as
     * {@code target/screenshots/phone-journey-<role>-<step>.png}.
     */
    @Test
    void eachRolesJourneyOnAPhone() throws Exception {
        long started = System.nanoTime();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.setViewportSize(WIDTH, HEIGHT);
        List<String> problems = new ArrayList<>();
        RoleSteps steps = new RoleSteps(this, jdbc, Language.ENGLISH, name -> {
            int overflow = RouteSweep.horizontalOverflow(page);
            if (overflow > 0) {
                problems.add(name + ": the page scrolls sideways by " + overflow + " px");
            }
            for (String grid : RouteSweep.gridsScrollingSideways(page)) {
                problems.add(name + ": columns wider than the screen: " + grid);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("phone-journey-" + name + ".png")));
        });
        try {
            steps.everyRole();
        } finally {
            steps.undo();
        }
        System.out.printf("phone journey: %.1f s%n", (System.nanoTime() - started) / 1_000_000_000.0);
        assertThat(problems)
                .as("steps that do not fit a phone:\n" + String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void drawerNavigationAndADialogOnAPhone() throws Exception {
        page.setViewportSize(WIDTH, HEIGHT);
        signInAs("liaison");
        page.locator("vaadin-drawer-toggle").click();
        assertThat(navItem("Events")).isInViewport();
        navItem("Events").click();
        assertThat(page.locator("h1")).hasText("Events");
        // the drawer closes once a page is chosen
        assertThat(page.locator("vaadin-side-nav")).not().isInViewport();

        button("Add an event").click();
        assertThat(field("Event")).isVisible();
        // measured once the dialog's opening animation (a growing scale) has ended: no element is
        // still "opening" and the Save button has kept its size for two animation frames
        page.waitForFunction("""
                () => new Promise(done => {
                  const save = [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Save');
                  const h = save ? save.getBoundingClientRect().height : -1;
                  requestAnimationFrame(() => requestAnimationFrame(() => done(
                    !document.querySelector('[opening]') && save && save.getBoundingClientRect().height === h)));
                })""", null, new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
        // the form and its buttons lie within the screen's width
        for (var part : List.of(field("Event"), field("Organiser"), button("Save"), button("Cancel"))) {
            BoundingBox box = part.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(WIDTH);
        }
        assertThat(RouteSweep.horizontalOverflow(page)).isLessThanOrEqualTo(0);
        assertThat(RouteSweep.smallTapTargets(page)).isEmpty();
        Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "phone-dialog.png")));
    }
}
