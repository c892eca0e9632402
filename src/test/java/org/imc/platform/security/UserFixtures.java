package org.imc.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data only: a user who can sign in at once. The application itself only invites (the person
 * chooses their password through the e-mailed link); tests that need a user with a known password
 * invite one and then give it the password directly, as if they had accepted the invitation.
 * {@code mustChangePassword} plays an account whose password somebody else set (older accounts).
 */
public final class UserFixtures {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private UserFixtures() {}

    /** Invites through the service (the caller is an admin) and sets the password: enabled. */
    public static AppUser create(UserService users, JdbcTemplate jdbc, UserForm form, String password) {
        return create(users, jdbc, form, password, false);
    }

    public static AppUser create(
            UserService users, JdbcTemplate jdbc, UserForm form, String password, boolean mustChangePassword) {
        AppUser invited = users.invite(form);
        jdbc.update(
                "update app_user set password_hash = ?, enabled = true, must_change_password = ? where id = ?",
                ENCODER.encode(password),
                mustChangePassword,
                invited.getId());
        jdbc.update("update account_token set used_at = now(6) where user_id = ?", invited.getId());
        return users.get(invited.getId());
    }
}
