package org.imc.platform.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.imc.platform.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/*
 * Method security uses @PreAuthorize on services only. JSR-250 annotations stay off for method
 * security because views carry @RolesAllowed/@PermitAll for Vaadin's navigation access control;
 * enabling them here would wrap every view in a proxy.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The strictest policy the Vaadin client works under in production mode (see
     * docs/decisions/2026-11-30-content-security-policy.md): scripts from this origin, and inline
     * scripts only with the request's nonce ({@link ScriptNonce}: the bootstrap page's script);
     * eval stays allowed because the Flow client runs the JavaScript the server sends ({@code
     * executeJs}, event data) through {@code new Function}. Inline styles stay allowed (components
     * set style attributes and inject style elements). No plugins, no framing, forms post here only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Files of the front end that are the same for everyone: Vaadin's bundle, Lumo, our stylesheet. */
    static final RequestMatcher STATIC_FRONT_END = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/lumo/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/styles/**"));

    static String contentSecurityPolicy(String nonce) {
        return CONTENT_SECURITY_POLICY.formatted(nonce);
    }

    /** The public pages' policy: no script at all, their own inline style, nothing framed. */
    static final String PUBLIC_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * Public pages under /public/ (the results page): open to anyone, and stateless — no session
     * is read or created, no request is saved for a later sign-in, and no "no-store" header is
     * written, so browsers and proxies may cache what the page itself allows. Only reads (GET,
     * HEAD) are served there. Checked before the application's own chain.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/public/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/public/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_PAGE_POLICY)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SignInAuditListener signInAudit,
            SecurityQueries queries,
            Clock clock,
            @Value("${imc.session.absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // sign-outs are audited (the handler runs while the user is still known)
        http.logout(logout ->
                logout.addLogoutHandler((request, response, authentication) -> signInAudit.onSignOut(authentication)));
        http.headers(headers -> {
            // written when the request enters the filter, before Vaadin renders a page: Vaadin adds
            // its own X-Frame-Options (SAMEORIGIN, its "frameOptions" default) only when the
            // response has none yet, and Spring Security's other headers would otherwise be written
            // only if the response is committed through its wrapper
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.frameOptions(frame -> frame.deny())
                    .contentTypeOptions(Customizer.withDefaults())
                    // pages and downloads are never stored; the static files of the front end keep
                    // the caching their server gives them (Vaadin: a year for versioned URLs, an
                    // hour for the bundle): Chromium treats "Pragma: no-cache" as "revalidate
                    // every time", which cost a round trip per file on every page load
                    .cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(STATIC_FRONT_END), new CacheControlHeadersWriter()))
                    // sent on requests that arrive over HTTPS (directly or from a trusted balancer)
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                            .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    // the policy names the request's own script nonce
                    .addHeaderWriter((request, response) -> {
                        if (!response.containsHeader("Content-Security-Policy")) {
                            response.setHeader(
                                    "Content-Security-Policy", contentSecurityPolicy(ScriptNonce.of(request)));
                        }
                    });
        });
        // our stylesheet (so the sign-in page is styled) and the health probes are public (details
        // for admins only, see management.endpoint.health.*); the other operation endpoints (info,
        // prometheus) are for admins and for requests made directly on this machine
        RequestMatcher operationEndpoints = EndpointRequest.toAnyEndpoint();
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**")
                .permitAll()
                // the error page of a failed request (e.g. "temporarily unavailable" for a sign-in
                // while the database is away) is shown as it is, not replaced by the sign-in page
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                .requestMatchers(operationEndpoints)
                .access(AuthorizationManagers.anyOf(
                        AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()),
                        (authentication, context) -> new AuthorizationDecision(
                                LocalRequests.isDirectFromThisMachine(context.getRequest())))));
        // a scraper or script gets 401, not the sign-in page
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), operationEndpoints));
        // a session half-way through two-step sign-in is anonymous to every check below
        http.addFilterAfter(new PendingSecondFactorFilter(), SecurityContextHolderFilter.class);
        // a session whose user was disabled or changed, or that outlived its absolute lifetime,
        // ends before anything else sees it (right after the session is read)
        http.addFilterAfter(
                new SessionRevocationFilter(queries::accessState, clock, absoluteTimeout),
                PendingSecondFactorFilter.class);
        // the signed-in user's name in every log line of the request (after the session is read)
        http.addFilterAfter(new UserLogContextFilter(), SessionRevocationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * bcrypt by default, with the algorithm recorded in each hash so it can be raised later;
     * {@code imc.security.concurrent-password-checks} hashes at once at most (default: four per
     * processor; 0: no bound), the others in arrival order ({@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value(
                            "${imc.security.concurrent-password-checks:#{4 * T(java.lang.Runtime).getRuntime().availableProcessors()}}")
                    int concurrent) {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), concurrent);
    }

    @Bean
    AuthenticationManager authenticationManager(
            AppUserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            SignInThrottleService throttle,
            SecondFactorService secondFactors,
            ClientAddresses clients,
            ApplicationEventPublisher events,
            Clock clock) {
        ProviderManager manager = new ProviderManager(new SecondFactorGate(
                ThrottledAuthenticationProvider.of(userDetailsService, passwordEncoder, throttle, clients, clock),
                secondFactors));
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SignInDelayedException.class, AuthenticationFailureLockedEvent.class));
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }
}
