package org.imc.platform.admin.ui;

import java.util.EnumSet;
import org.imc.platform.security.AppUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserForm;
import org.imc.platform.security.UserService;

/** Members created for the admin screen tests (call signed in as an admin). */
final class TestUsers {

    private TestUsers() {}

    static AppUser createMember(UserService users, String username) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setEmail(username + "@example.org");
        form.setPassword("secret-password");
        form.setRoles(EnumSet.of(Role.MEMBER));
        return users.create(form);
    }
}
