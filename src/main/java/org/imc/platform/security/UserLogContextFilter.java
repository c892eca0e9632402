package org.imc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.imc.platform.base.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's name into the logging context for the rest of the request. It sits
 * in the security filter chain right after the security context is loaded from the session, so
 * it sees the user on every request, Vaadin's UIDL requests included. Not a bean on purpose:
 * registered as a servlet filter too it would run before the security context exists.
 */
class UserLogContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn) {
            MDC.put(RequestIdFilter.USER_MDC_KEY, authentication.getName());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIdFilter.USER_MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
