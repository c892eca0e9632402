package org.imc.platform.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imc.platform.base.db.OwnSecurityContextStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers of pages Vaadin renders, over real HTTP: the sign-in page, the public
 * certificate check and a page of a signed-in user, and behind a TLS-terminating balancer.
 */
@ExtendWith(OwnSecurityContextStrategy.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "imc.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void temporaryFolder() throws Exception {
        // the build points java.io.tmpdir into target/, which may not exist yet
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void signInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());
    }

    @Test
    void theStylesheetIsCachedWhilePagesAreNot() throws Exception {
        HttpResponse<String> stylesheet = get("/styles/imc.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        // a browser may keep it: no "no-store", and no "Pragma: no-cache" (Chromium revalidates on it)
        assertThat(stylesheet.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(stylesheet.headers().allValues("Pragma")).isEmpty();
        assertThat(stylesheet.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/login").headers().firstValue("Cache-Control").orElse(""))
                .contains("no-store");
    }

    @Test
    void inlineScriptsRunOnlyWithTheNonceOfTheirOwnResponse() throws Exception {
        HttpResponse<String> first = get("/login");
        HttpResponse<String> second = get("/login");

        String policy = first.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher scriptSrc = Pattern.compile("script-src ([^;]*)").matcher(policy);
        assertThat(scriptSrc.find()).isTrue();
        assertThat(scriptSrc.group(1)).doesNotContain("'unsafe-inline'");
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]{20,})'").matcher(scriptSrc.group(1));
        assertThat(nonce.find()).as("a nonce in %s", policy).isTrue();
        // every script tag of the page carries it; the next response has another
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce.group(1) + "\"");
            count++;
        }
        assertThat(count).isPositive();
        assertThat(second.headers().firstValue("Content-Security-Policy").orElse(""))
                .doesNotContain(nonce.group(1));
    }

    @Test
    void certificateCheckCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> verify = get("/verify/x");
        assertThat(verify.statusCode()).isLessThan(500);
        assertSecurityHeaders(verify.headers());
    }

    @Test
    void signedInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as("CSRF token in the sign-in page").isTrue();
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=mayor&password=demo&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("vaadin-login");
        assertSecurityHeaders(home.headers());
    }

    @Test
    void behindTheBalancerRedirectsAreHttpsAndStrictTransportSecurityIsSent() throws Exception {
        HttpResponse<String> root = http.send(
                HttpRequest.newBuilder(URI.create(url("/")))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "imc.example")
                        .header("X-Forwarded-Port", "443")
                        .header("X-Forwarded-For", "198.51.100.4")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).startsWith("https://imc.example/");
        assertThat(root.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
    }

    @Test
    void overPlainHttpNoStrictTransportSecurity() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("form-action 'self'");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
