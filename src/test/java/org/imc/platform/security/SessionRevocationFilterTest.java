package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The absolute session lifetime, whatever the activity, and the per-request comparison. */
class SessionRevocationFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(12);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() throws Exception {
        AccessState current = new AccessState(true, 3);
        assertThat(passesSignedIn(SIGNED_IN.plus(LIFETIME).minusSeconds(1), current))
                .isTrue();
        assertThat(passesSignedIn(SIGNED_IN.plus(LIFETIME).plusSeconds(1), current))
                .isFalse();
    }

    @Test
    void aSessionEndsWhenTheUserIsDisabledChangedOrGone() throws Exception {
        Instant now = SIGNED_IN.plusSeconds(60);
        assertThat(passesSignedIn(now, new AccessState(true, 3))).isTrue();
        assertThat(passesSignedIn(now, new AccessState(false, 3))).isFalse();
        assertThat(passesSignedIn(now, new AccessState(true, 4))).isFalse();
        assertThat(passesSignedIn(now, null)).isFalse();
    }

    @Test
    void whileTheDatabaseIsAwayTheRequestGoesOnToThePageThatSaysSo() throws Exception {
        Function<Long, Optional<AccessState>> away = id -> {
            throw new DataAccessResourceFailureException("the database is away");
        };
        assertThat(passesReading(SIGNED_IN.plusSeconds(60), away)).isTrue();
        Function<Long, Optional<AccessState>> broken = id -> {
            throw new IllegalStateException("a programming error");
        };
        assertThatThrownBy(() -> passesReading(SIGNED_IN.plusSeconds(60), broken))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Whether a request of a session signed in with version 3 still reaches the application signed in. */
    private static boolean passesSignedIn(Instant now, AccessState inDatabase) throws Exception {
        return passesReading(now, id -> Optional.ofNullable(inDatabase));
    }

    private static boolean passesReading(Instant now, Function<Long, Optional<AccessState>> inDatabase)
            throws Exception {
        SignedInUser user =
                new SignedInUser(7L, "someone", "Some One", Set.of(Role.MEMBER), null, null, true, 3, false, SIGNED_IN);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        SessionRevocationFilter filter =
                new SessionRevocationFilter(inDatabase, Clock.fixed(now, ZoneOffset.UTC), LIFETIME);
        filter.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        boolean passed = seen.get() != null;
        assertThat(session.isInvalid()).isEqualTo(!passed);
        SecurityContextHolder.clearContext();
        return passed;
    }
}
