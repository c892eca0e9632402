package org.imc.platform.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * A random nonce per request for the Content-Security-Policy's {@code script-src}: the policy
 * header names it ({@link SecurityConfig}) and the page Vaadin renders carries it on each of its
 * script tags (the bootstrap script is inline, with the initial UI state, different on every
 * request). So the browser runs the inline scripts of our own page and no other inline script.
 */
@Component
class ScriptNonce implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request's nonce, made on first use (when the security headers are written). */
    static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                String nonce = of(request.getHttpServletRequest());
                response.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }
}
