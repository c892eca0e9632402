package org.imc.platform.e2e;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The routes each demo role can open (its navigation plus one record of each detail page it may
 * see) and the checks run on every one of them: axe-core's serious and critical violations,
 * horizontal scrolling of the page, and tap targets.
 */
final class RouteSweep {

    /** The demo users that between them hold every role. */
    static final List<String> ROLES = List.of("admin", "mayor", "liaison", "officer", "trainer", "member");

    /** The pages anyone can open without signing in. */
    static final List<String> PUBLIC_ROUTES = List.of("login", "forgot-password", "verify");

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    private static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private RouteSweep() {}

    /** Only the roles and routes named in system properties (comma-separated), all when unset. */
    static boolean selected(String property, String value) {
        String only = System.getProperty(property, "");
        return only.isBlank() || List.of(only.split(",")).contains(value);
    }

    /** The routes of the signed-in user's navigation plus detail pages of records they may open. */
    @SuppressWarnings("unchecked")
    static List<String> routesOf(Page page, String username, JdbcTemplate jdbc) {
        Set<String> routes = new LinkedHashSet<>();
        List<String> nav = (List<String>) page.locator("vaadin-side-nav-item")
                .evaluateAll("items => items.map(i => i.getAttribute('path') || '')");
        for (String path : nav) {
            routes.add(path.startsWith("/") ? path.substring(1) : path);
        }
        routes.add("account/password");
        routes.add("municipalities/" + id(jdbc, "SELECT id FROM municipality WHERE name = 'Accra'"));
        routes.add("learning/courses/" + id(jdbc, "SELECT MIN(id) FROM course"));
        switch (username) {
            case "mayor" -> {
                String accra = "(SELECT id FROM municipality WHERE name = 'Accra')";
                routes.add("fund/applications/"
                        + id(jdbc, "SELECT MIN(id) FROM fund_application WHERE municipality_id = " + accra));
                routes.add("fund/loans/" + id(jdbc, "SELECT MIN(id) FROM loan WHERE municipality_id = " + accra));
                routes.add("twinning/partnerships/"
                        + id(
                                jdbc,
                                "SELECT MIN(id) FROM twinning WHERE status = 'ACTIVE' AND (proposer_id = " + accra
                                        + " OR partner_id = " + accra + ")"));
            }
            case "officer" -> {
                routes.add("fund/applications/"
                        + id(jdbc, "SELECT MIN(id) FROM fund_application WHERE status <> 'DRAFT'"));
                routes.add("fund/loans/" + id(jdbc, "SELECT MIN(id) FROM loan"));
            }
            case "liaison", "admin" ->
                routes.add("twinning/partnerships/" + id(jdbc, "SELECT MIN(id) FROM twinning WHERE status = 'ACTIVE'"));
            default -> {}
        }
        return routes.stream().filter(r -> selected("sweep.routes", r)).toList();
    }

    private static long id(JdbcTemplate jdbc, String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        if (id == null) {
            throw new IllegalStateException("no demo record for: " + sql);
        }
        return id;
    }

    /** The serious and critical axe-core violations of the page, one readable line per element. */
    static List<String> seriousViolations(Page page, String where) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // legacy mode runs axe in the page itself; the default opens a blank page per analysis
        // to combine the results of frames, which this application does not have
        AxeResults results = new AxeBuilder(page)
                .options(options)
                .withTags(WCAG_TAGS)
                .setLegacyMode(true)
                .analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml() == null ? "" : node.getHtml();
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html) + " — "
                        + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
            }
        }
        return found;
    }

    /**
     * Opens a route the way a link in the application does (Vaadin's router, no page load),
     * which keeps a sweep of many routes fast; waits until the view is there.
     */
    static void openInApp(Page page, String baseUrl, String route) {
        page.evaluate(
                "route => { const a = document.createElement('a'); a.href = route; document.body.appendChild(a);"
                        + " a.click(); a.remove(); }",
                route);
        page.waitForURL(baseUrl + route);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** How many CSS pixels the page is wider than the window (0 when it does not scroll sideways). */
    static int horizontalOverflow(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        return ((Number) overflow).intValue();
    }

    /**
     * Grids whose columns do not fit their width, so that the grid scrolls sideways inside
     * itself (on a phone the essential columns must fit), each with the width it would need.
     */
    @SuppressWarnings("unchecked")
    static List<String> gridsScrollingSideways(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')]
                  .filter(g => g.offsetWidth > 0 && g.shadowRoot && g.shadowRoot.querySelector('#table'))
                  .map(g => ({ g, table: g.shadowRoot.querySelector('#table') }))
                  .filter(x => x.table.scrollWidth > x.table.clientWidth + 1)
                  .map(x => 'grid "' + (x.g.getAttribute('aria-label') || '') + '" needs ' + x.table.scrollWidth
                    + ' px of ' + x.table.clientWidth)
                """);
    }

    /** Controls of the header (the navigation bar) that do not lie wholly inside the window. */
    @SuppressWarnings("unchecked")
    static List<String> cutOffInHeader(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-app-layout [slot=navbar] *')]
                  .filter(el => el.localName.startsWith('vaadin-') || el.localName === 'a')
                  .filter(el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                    return r.width > 0 && s.visibility !== 'hidden' && (r.left < 0 || r.right > innerWidth + 0.5); })
                  .map(el => el.localName + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim()
                    .substring(0, 40) + '"')
                """);
    }

    /**
     * Visible buttons, links styled as buttons, and other controls smaller than 44×44 CSS pixels
     * (WCAG 2.5.5's size; 2.5.8 asks 24), described by their text or label.
     */
    @SuppressWarnings("unchecked")
    static List<String> smallTapTargets(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const selector = 'vaadin-button, vaadin-drawer-toggle, vaadin-menu-bar-button, vaadin-select, '
                    + 'vaadin-checkbox, vaadin-radio-button, vaadin-tab, vaadin-side-nav-item';
                  const small = [];
                  const seen = new Set();
                  const visit = root => {
                    root.querySelectorAll(selector).forEach(el => {
                      if (seen.has(el)) return;
                      seen.add(el);
                      const target = el.localName === 'vaadin-side-nav-item'
                        ? el.shadowRoot && el.shadowRoot.querySelector('a') : el;
                      if (!target) return;
                      const r = target.getBoundingClientRect();
                      const style = getComputedStyle(el);
                      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return;
                      if (r.right <= 0 || r.left >= innerWidth) return;
                      if (r.width < 43.5 || r.height < 43.5) {
                        const name = (el.getAttribute('aria-label') || el.textContent || el.localName).trim();
                        small.push(el.localName + ' "' + name.substring(0, 40) + '" '
                          + Math.round(r.width) + '×' + Math.round(r.height));
                      }
                    });
                    root.querySelectorAll('*').forEach(el => { if (el.shadowRoot) visit(el.shadowRoot); });
                  };
                  visit(document);
                  return small;
                }
                """);
    }
}
