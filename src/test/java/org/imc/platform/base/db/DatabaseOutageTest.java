package org.imc.platform.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.imc.platform.base.DatabaseOutage;
import org.imc.platform.directory.MunicipalityFilter;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The database goes away while the application runs, and comes back: the application stays up,
 * a service call fails fast with a failure recognised as an outage (users read "temporarily
 * unavailable"), health reports DOWN with 503, a plain HTTP request gets the 503 page; once the
 * database is back the same call succeeds and health is UP, without restarting anything.
 * The application reaches its (embedded) MariaDB through a proxy the test can cut.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=3000")
@ExtendWith(OwnSecurityContextStrategy.class)
@Import(ProxiedDatabaseConfiguration.class)
class DatabaseOutageTest {

    @Autowired
    TcpProxy proxy;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void tempDir() throws Exception {
        // the build points java.io.tmpdir into target/, which may not exist yet (Tomcat needs it)
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterEach
    void databaseBack() throws Exception {
        proxy.restore();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theApplicationSurvivesADatabaseOutageAndRecoversByItself() throws Exception {
        signInAs("member");
        long before = municipalities.count(MunicipalityFilter.none());
        assertThat(before).isPositive();
        assertThat(health().statusCode()).isEqualTo(200);

        proxy.cut();

        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> municipalities.count(MunicipalityFilter.none()));
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(failure).as("a service call while the database is away").isNotNull();
        assertThat(DatabaseOutage.isCause(failure))
                .as("recognised as an outage: %s", failure)
                .isTrue();
        assertThat(waitedMs).as("the user does not wait long for the answer").isLessThan(10_000);

        HttpResponse<String> down = health();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"DOWN\"");
        // the load balancer's probe stays up: every node shares the database, removing them all helps nobody
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("username=mayor&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as("sign-in while the database is away").isEqualTo(503);
        assertThat(signIn.body()).contains(text("error.database-unavailable")).doesNotContain("Exception");

        proxy.restore();

        // the pool reconnects by itself; its connection attempts back off while the database is
        // away, so the first try right after the restore may still time out (a user clicks again)
        long restored = System.nanoTime();
        Long after = null;
        while (after == null && System.nanoTime() - restored < 20_000_000_000L) {
            try {
                after = municipalities.count(MunicipalityFilter.none());
            } catch (RuntimeException stillAway) {
                assertThat(DatabaseOutage.isCause(stillAway)).isTrue();
            }
        }
        System.out.printf(
                "Database outage test: the failing call answered after %d ms; back %d ms after the restore%n",
                waitedMs, (System.nanoTime() - restored) / 1_000_000);
        assertThat(after).as("the same call once the database is back").isEqualTo(before);
        HttpResponse<String> up = health();
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"UP\"");
    }

    private void signInAs(String username) {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private HttpResponse<String> health() throws Exception {
        return get("/actuator/health");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).getString(key);
    }
}
