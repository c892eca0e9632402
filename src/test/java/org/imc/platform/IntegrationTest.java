package org.imc.platform;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.imc.platform.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Base of the service tests: one Spring context (and so one embedded MariaDB with the demo data)
 * shared by every subclass. Subclasses must not add context-changing annotations or properties,
 * and must leave the database as they found it (or use names nobody else uses).
 *
 * <p>Demo users (password "demo"): admin, mayor (Accra), mayor2 (Kingston), liaison, officer,
 * officer2, trainer, member.
 */
@SpringBootTest
public abstract class IntegrationTest {

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * Service tests run outside any HTTP request: a request a view test left bound to this thread
     * would give them its client address (and that address's sign-in throttle).
     */
    @BeforeEach
    void noRequestLeftBound() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** The principal the application keeps for a signed-in user, loaded from the database. */
    protected SignedInUser principal(String username) {
        return (SignedInUser) userDetailsService.loadUserByUsername(username);
    }

    /** Runs {@code action} on this thread signed in as {@code username}; the previous context is restored. */
    protected <T> T callAs(String username, Callable<T> action) throws Exception {
        return SignedInAs.call(userDetailsService, username, action);
    }

    protected void runAs(String username, ThrowingRunnable action) throws Exception {
        callAs(username, () -> {
            action.run();
            return null;
        });
    }

    protected Long municipalityId(String name) {
        return jdbc.queryForObject("select id from municipality where name = ?", Long.class, name);
    }

    protected Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** A text of the UI bundle ({@code vaadin-i18n/translations.properties}), uninterpolated. */
    protected static String translation(String key) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).getString(key);
    }

    protected static boolean hasTranslation(String key) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).containsKey(key);
    }

    @FunctionalInterface
    protected interface ThrowingRunnable {
        void run() throws Exception;
    }
}
