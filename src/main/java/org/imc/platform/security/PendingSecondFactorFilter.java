package org.imc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose second factor is pending is handled, for this request only, as an anonymous
 * visitor: request and view access checks send it to the sign-in page (which forwards to the
 * code), services refuse it. The session keeps the pending state until the code is entered.
 */
class PendingSecondFactorFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPendingToken pending) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(pending.asAnonymous());
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
