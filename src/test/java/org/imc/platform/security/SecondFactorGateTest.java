package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imc.platform.IntegrationTest;
import org.imc.platform.fund.ApplicationLists;
import org.imc.platform.notification.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The password alone does not sign in a user whose role requires two-step sign-in: until the
 * second factor, no service answers them, not even those open to every signed-in user.
 */
class SecondFactorGateTest extends IntegrationTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    ApplicationLists applications;

    @Autowired
    NotificationService notifications;

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFundOfficersPasswordAloneReachesNoService() {
        Authentication afterPassword = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("officer", "demo"));

        assertThat(afterPassword.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .doesNotContain("ROLE_FUND_OFFICER", "ROLE_MEMBER");
        SecurityContextHolder.getContext().setAuthentication(afterPassword);
        assertThatThrownBy(() -> applications.reviewCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorsPasswordAloneReachesNoService() {
        Authentication afterPassword = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "demo"));

        assertThat(afterPassword.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .doesNotContain("ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(afterPassword);
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberWithoutAnAuthenticatorAppIsSignedInByThePassword() {
        Authentication afterPassword = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("member", "demo"));

        assertThat(afterPassword.getPrincipal()).isInstanceOf(SignedInUser.class);
        SecurityContextHolder.getContext().setAuthentication(afterPassword);
        assertThat(notifications.unreadCount()).isGreaterThanOrEqualTo(0);
    }
}
