package org.imc.platform.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells a busy pool from a database that is away. The pool's own time-out
 * ({@code spring.datasource.hikari.connection-timeout}, 3 s) stays short so that an outage is
 * recognised within seconds; but when that time-out passes while the database answers (every
 * connection simply in use by other requests) this data source waits on, up to
 * {@code imc.db.busy-wait} (30 s), instead of reporting an outage.
 *
 * <p>The pool tells the two apart itself: its time-out carries the last failure to open a
 * connection as its cause, and it clears that failure as soon as a connection opens again. No
 * cause means no connection attempt failed: the database is there and the pool is busy.
 * Only when the patience runs out does the caller get {@link DatabaseBusyException}, which users
 * read as "very busy, try again" and never as the outage message.
 */
public class PatientDataSource extends DelegatingDataSource {

    private final Duration patience;
    private final LongAdder busyWaits = new LongAdder();

    public PatientDataSource(DataSource pool, Duration patience) {
        super(pool);
        this.patience = patience;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return obtainTargetDataSource().getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                if (timedOut.getCause() != null || closed()) {
                    throw timedOut; // the database could not be reached: an outage
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new DatabaseBusyException(timedOut);
                }
                busyWaits.increment(); // busy, not away: wait another round
            }
        }
    }

    /** How often a request waited longer than one pool time-out for a busy pool. */
    public long busyWaits() {
        return busyWaits.sum();
    }

    private boolean closed() {
        return obtainTargetDataSource() instanceof HikariDataSource hikari && hikari.isClosed();
    }

    /** Every connection stayed in use for the whole patience: the platform is overloaded, not down. */
    public static class DatabaseBusyException extends SQLException {
        DatabaseBusyException(SQLTransientConnectionException last) {
            super("Every database connection stayed in use: " + last.getMessage(), null, last);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        /** Wraps the application's connection pool; static so that it is ready before the pool. */
        @Bean
        static BeanPostProcessor patientDataSource(Environment environment) {
            Duration patience = Binder.get(environment)
                    .bind("imc.db.busy-wait", Duration.class)
                    .orElse(Duration.ofSeconds(30));
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof HikariDataSource pool ? new PatientDataSource(pool, patience) : bean;
                }
            };
        }
    }
}
