package org.imc.platform;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users holding two roles at once (an officer who is also a mayor, a liaison who is also a
 * mayor), made for the segregation-of-duties tests. Created once with a name nobody else uses,
 * with the demo password, and kept: later tests find them as they were.
 */
public final class DualRoleUsers {

    private DualRoleUsers() {}

    /** Creates {@code username} with {@code roles}, mayor of {@code municipality} (by name), unless it exists. */
    public static void ensure(JdbcTemplate jdbc, String username, String municipality, String... roles) {
        Integer existing =
                jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username);
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash, enabled, municipality_id) "
                        + "select ?, ?, ?, password_hash, TRUE, (select id from municipality where name = ?) "
                        + "from app_user where username = 'mayor'",
                username,
                "Dual " + username,
                username + "@imc.example",
                municipality);
        for (String role : roles) {
            jdbc.update(
                    "insert into app_user_role (user_id, role) select id, ? from app_user where username = ?",
                    role,
                    username);
        }
    }
}
