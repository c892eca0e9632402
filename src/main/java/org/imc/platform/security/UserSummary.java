package org.imc.platform.security;

/** A user as other features see them: enough to show and pick, nothing secret. */
public record UserSummary(Long id, String username, String fullName) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getFullName());
    }
}
