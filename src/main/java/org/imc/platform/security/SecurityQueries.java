package org.imc.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every hand-written SQL statement of the security feature: the sign-in throttle rows and the
 * access check of every request. Callers hold the transaction; the {@code lock…} reads take the
 * rows' write locks until it ends.
 */
@Component
class SecurityQueries {

    /** The {@code client} of the row that counts a name's failures from every address. */
    static final String EVERYWHERE = "";

    private final JdbcClient jdbc;

    SecurityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A user's access as the database has it now: what every request of a signed-in user compares
     * with its session. One statement by primary key in auto-commit, with no transaction and no
     * persistence context around it (the JPA repository method it replaces opened a read-only
     * transaction, three statements, on every request).
     */
    Optional<AccessState> accessState(Long id) {
        return jdbc.sql("SELECT enabled, security_version FROM app_user WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new AccessState(rs.getBoolean(1), rs.getLong(2)))
                .optional();
    }

    /**
     * A name row ({@code client} = {@link #EVERYWHERE}) or a (name, address) pair row; its version
     * goes up with every change and every attempt it refuses.
     */
    record NameRow(int failedCount, Instant lockedUntil, Instant lastAttemptAt, Instant lastSuccessAt, long version) {

        NameRow(int failedCount, Instant lockedUntil, Instant lastAttemptAt, Instant lastSuccessAt) {
            this(failedCount, lockedUntil, lastAttemptAt, lastSuccessAt, 0);
        }
    }

    record ClientRow(int failedCount, Instant nextAttemptAt, Instant lastAttemptAt) {}

    /**
     * Adds the name row, the pair row and (unless {@code client} is null) the address row where
     * missing; duplicate keys are ignored, so parallel attempts create each row once.
     */
    void ensureRows(String username, String pairClient, String client) {
        jdbc.sql("""
                        INSERT IGNORE INTO sign_in_throttle (username, client, version, failed_count)
                        VALUES (:username, '', 0, 0), (:username, :pair, 0, 0)""").param("username", username).param("pair", pairClient).update();
        if (client != null) {
            jdbc.sql("INSERT IGNORE INTO sign_in_client_throttle (client, failed_count) VALUES (:client, 0)")
                    .param("client", client)
                    .update();
        }
    }

    /** The name row and the pair row, write-locked, keyed by client ({@link #EVERYWHERE} for the name row). */
    Map<String, NameRow> lockNameRows(String username, String pairClient) {
        return jdbc
                .sql("""
                        SELECT client, failed_count, locked_until, last_attempt_at, last_success_at, version
                        FROM sign_in_throttle WHERE username = :username AND client IN ('', :pair)
                        ORDER BY client FOR UPDATE""")
                .param("username", username)
                .param("pair", pairClient)
                .query((rs, i) -> Map.entry(
                        rs.getString("client"),
                        new NameRow(
                                rs.getInt("failed_count"),
                                instant(rs, "locked_until"),
                                instant(rs, "last_attempt_at"),
                                instant(rs, "last_success_at"),
                                rs.getLong("version"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<ClientRow> lockClientRow(String client) {
        return clientRow(client, " FOR UPDATE");
    }

    Optional<ClientRow> clientRow(String client) {
        return clientRow(client, "");
    }

    private Optional<ClientRow> clientRow(String client, String lock) {
        return jdbc.sql("""
                        SELECT failed_count, next_attempt_at, last_attempt_at
                        FROM sign_in_client_throttle WHERE client = :client""" + lock)
                .param("client", client)
                .query((rs, i) -> new ClientRow(
                        rs.getInt("failed_count"), instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at")))
                .optional();
    }

    void updateNameRow(String username, String client, NameRow row) {
        jdbc.sql("""
                        UPDATE sign_in_throttle SET failed_count = :failed, locked_until = :lockedUntil,
                            last_attempt_at = :lastAttempt, last_success_at = :lastSuccess, version = version + 1
                        WHERE username = :username AND client = :client""")
                .param("failed", row.failedCount())
                .param("lockedUntil", utc(row.lockedUntil()))
                .param("lastAttempt", utc(row.lastAttemptAt()))
                .param("lastSuccess", utc(row.lastSuccessAt()))
                .param("username", username)
                .param("client", client)
                .update();
    }

    /** Notes that the row refused an attempt (a success admitted before then does not lift its lock). */
    void countRefusal(String username, String client) {
        jdbc.sql("UPDATE sign_in_throttle SET version = version + 1 WHERE username = :username AND client = :client")
                .param("username", username)
                .param("client", client)
                .update();
    }

    void updateClientRow(String client, ClientRow row) {
        jdbc.sql("""
                        UPDATE sign_in_client_throttle SET failed_count = :failed, next_attempt_at = :next,
                            last_attempt_at = :lastAttempt
                        WHERE client = :client""")
                .param("failed", row.failedCount())
                .param("next", utc(row.nextAttemptAt()))
                .param("lastAttempt", utc(row.lastAttemptAt()))
                .param("client", client)
                .update();
    }

    boolean isLocked(String username, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE username = :username AND locked_until > :now")
                        .param("username", username)
                        .param("now", utc(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<String> lockedAmong(Collection<String> usernames, Instant now) {
        return jdbc.sql("""
                        SELECT DISTINCT username FROM sign_in_throttle
                        WHERE username IN (:usernames) AND locked_until > :now""")
                .param("usernames", usernames)
                .param("now", utc(now))
                .query(String.class)
                .list();
    }

    /** Clears the failures and locks of a name from every address; the known addresses stay known. */
    void unlock(String username) {
        jdbc.sql("""
                        UPDATE sign_in_throttle SET failed_count = 0, locked_until = NULL, version = version + 1
                        WHERE username = :username""").param("username", username).update();
    }

    /**
     * Removes the rows that no longer hold anything: no running lock or delay, no attempt since
     * {@code idleSince}, and no successful sign-in since {@code knownSince}.
     */
    int purge(Instant now, Instant idleSince, Instant knownSince) {
        int names = jdbc.sql("""
                        DELETE FROM sign_in_throttle
                        WHERE (locked_until IS NULL OR locked_until <= :now)
                          AND (last_attempt_at IS NULL OR last_attempt_at < :idleSince)
                          AND (last_success_at IS NULL OR last_success_at < :knownSince)""")
                .param("now", utc(now))
                .param("idleSince", utc(idleSince))
                .param("knownSince", utc(knownSince))
                .update();
        int clients = jdbc.sql("""
                        DELETE FROM sign_in_client_throttle
                        WHERE (next_attempt_at IS NULL OR next_attempt_at <= :now)
                          AND (last_attempt_at IS NULL OR last_attempt_at < :idleSince)""")
                .param("now", utc(now))
                .param("idleSince", utc(idleSince))
                .update();
        return names + clients;
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
