package org.imc.platform.admin.ui;

import java.util.EnumSet;
import org.imc.platform.security.AppUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserFixtures;
import org.imc.platform.security.UserForm;
import org.imc.platform.security.UserService;

/** Members invited for the admin screen tests (call signed in as an admin). */
final class TestUsers {

    private TestUsers() {}

    /** An enabled member with a password (as if they had accepted the invitation). */
    static AppUser createMember(UserService users, org.springframework.jdbc.core.JdbcTemplate jdbc, String username) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setEmail(username + "@example.org");
        form.setRoles(EnumSet.of(Role.MEMBER));
        return UserFixtures.create(users, jdbc, form, "secret-password-42");
    }
}
