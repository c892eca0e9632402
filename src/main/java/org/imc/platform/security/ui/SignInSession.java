package org.imc.platform.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the user who finished two-step sign-in into the HTTP session, under a new session id
 * (the privilege changes, so the id the browser had before must not carry it).
 */
@Component
class SignInSession {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void establish(Authentication signedIn) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        HttpServletRequest http = request.getHttpServletRequest();
        http.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, http, response.getHttpServletResponse());
    }
}
