package org.imc.platform.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the application's pages for what leaves the browser (e-mails, calendar
 * entries): {@code imc.public-base-url}, or without it this node on localhost (development).
 */
@Component
public class PublicLinks {

    private final Environment environment;

    PublicLinks(Environment environment) {
        this.environment = environment;
    }

    /** The absolute URL of a route, e.g. {@code twinning/partnerships/7}. */
    public String of(String route) {
        String base = environment.getProperty("imc.public-base-url", "");
        if (base.isBlank()) {
            base = "http://localhost:"
                    + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String path = route == null ? "" : (route.startsWith("/") ? route.substring(1) : route);
        return base + "/" + path;
    }
}
