package org.imc.platform.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.imc.platform.base.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which language a page speaks, decided once per page load: the language chosen in this session
 * (the picker), else the one kept on the signed-in user's account, else the last one picked on
 * this device (a cookie, so the sign-in page after signing out still speaks it), else the first of
 * the browser's languages we speak, else English. A choice made on the sign-in page is kept on the
 * account once the user has signed in.
 */
public final class UiLanguage {

    /** The {@link Language} chosen or looked up in this session. */
    static final String CHOSEN = UiLanguage.class.getName() + ".chosen";
    /** Chosen before signing in: to be kept on the account after sign-in. */
    static final String UNSAVED = UiLanguage.class.getName() + ".unsaved";
    /** The user whose account was already asked (one look-up per session and user). */
    static final String LOOKED_UP = UiLanguage.class.getName() + ".looked-up";

    /** The language last picked on this device (a year; not a secret, readable by no script). */
    static final String COOKIE = "imc-language";

    private static final Logger LOG = LoggerFactory.getLogger(UiLanguage.class);

    private UiLanguage() {}

    /** The language of the current page (English outside a page). */
    public static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.ENGLISH : Language.of(ui.getLocale());
    }

    /** Decides and applies the language of a new page. */
    static void init(UI ui, LanguagePreference accounts) {
        VaadinSession session = ui.getSession();
        Language chosen = (Language) session.getAttribute(CHOSEN);
        Optional<String> user = accounts == null ? Optional.empty() : accounts.signedIn();
        if (user.isPresent()) {
            if (chosen != null && Boolean.TRUE.equals(session.getAttribute(UNSAVED))) {
                if (saveOrLater(accounts, chosen)) {
                    session.setAttribute(UNSAVED, null);
                    session.setAttribute(LOOKED_UP, user.get());
                }
            } else if (!Objects.equals(session.getAttribute(LOOKED_UP), user.get())) {
                Optional<Language> saved = savedOrNothing(accounts);
                if (saved != null) {
                    session.setAttribute(LOOKED_UP, user.get());
                }
                if (saved != null && saved.isPresent()) {
                    chosen = saved.get();
                    session.setAttribute(CHOSEN, chosen);
                }
            }
        }
        if (chosen == null) {
            chosen = fromCookie().orElseGet(UiLanguage::fromBrowser);
        }
        apply(ui, chosen);
    }

    /** Keeps the sign-in page's pick on the account; false when that must wait for a later page. */
    private static boolean saveOrLater(LanguagePreference accounts, Language language) {
        try {
            return accounts.save(language);
        } catch (RuntimeException e) {
            LOG.warn("The language could not be kept on the account yet: {}", e.toString());
            return false;
        }
    }

    /**
     * The account's language; null when it cannot be read now (the database is away: the page
     * still opens, in the browser's language, and the next page asks again).
     */
    private static Optional<Language> savedOrNothing(LanguagePreference accounts) {
        try {
            return accounts.saved();
        } catch (RuntimeException e) {
            LOG.warn("The account's language could not be read: {}", e.toString());
            return null;
        }
    }

    /** The picker's choice: kept for the session and on the account, and the page drawn anew. */
    static void choose(UI ui, Language language, LanguagePreference accounts) {
        VaadinSession session = ui.getSession();
        session.setAttribute(CHOSEN, language);
        // the page changes language even when the account cannot keep it right now (the user reads why)
        boolean saved = accounts != null
                && UserMessages.attemptToGet(() -> accounts.save(language)).orElse(false);
        session.setAttribute(UNSAVED, saved ? null : Boolean.TRUE);
        remember(language);
        apply(ui, language);
        ui.refreshCurrentRoute(true);
    }

    /** Locale, reading direction and {@code <html lang dir>} of the page. */
    static void apply(UI ui, Language language) {
        ui.setLocale(language.localeFor(browserLocale(ui.getSession())));
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }

    private static Optional<Language> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromTag(c.getValue()));
    }

    private static void remember(Language language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language.tag());
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Language fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            Optional<Language> spoken = Language.firstSpoken(request.getLocales());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        VaadinSession session = VaadinSession.getCurrent();
        return Language.of(browserLocale(session));
    }

    private static Locale browserLocale(VaadinSession session) {
        return session == null || session.getBrowser() == null
                ? null
                : session.getBrowser().getLocale();
    }
}
