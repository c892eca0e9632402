package org.imc.platform.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, before anything else runs (also Vaadin's UIDL and heartbeat
 * requests, which are plain HTTP requests to the Vaadin servlet): the caller's
 * {@code X-Request-Id} when it is well-formed (so a load balancer's id carries through), a new
 * one otherwise. The id is in the logging context ({@value #MDC_KEY}) while the request runs and
 * is echoed in the response header, so a user's report and the log lines can be matched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "http.request.id";
    /** The name of the signed-in user in the logging context (set by the security filter chain). */
    public static final String USER_MDC_KEY = "user.name";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /** Letters, digits and . _ : - only, so a header cannot inject anything into a log line. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = requestIdOf(request.getHeader(HEADER));
            request.setAttribute(ATTRIBUTE, id);
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
            MDC.remove(USER_MDC_KEY);
        }
    }

    /** The caller's id when it is well-formed, a new random one otherwise. */
    static String requestIdOf(String header) {
        if (header != null && WELL_FORMED.matcher(header).matches()) {
            return header;
        }
        return UUID.randomUUID().toString();
    }

    /** Error pages rendered for a failed request carry its id too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
