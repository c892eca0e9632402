package org.imc.platform.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.imc.platform.base.PlainText;

/**
 * What an admin enters to invite or change a user. There is no password: the invited person
 * chooses it through the link in their invitation.
 */
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 50, message = "{validation.username.size}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{validation.username.pattern}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    private String fullName = "";

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 190, message = "{validation.max-length}")
    private String email = "";

    @NotEmpty(message = "{validation.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long municipalityId;

    private long version;

    public static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.fullName = user.getFullName();
        form.email = user.getEmail();
        form.roles = user.getRoles();
        form.municipalityId = user.getMunicipalityId();
        form.version = user.getVersion();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
