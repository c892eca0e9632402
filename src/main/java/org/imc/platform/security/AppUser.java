package org.imc.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.Language;
import org.imc.platform.base.PlainText;

/**
 * A person who signs in. A mayor is linked to exactly one municipality (by id: the directory
 * owns municipalities, security only remembers which one a mayor acts for).
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 50, message = "{validation.username.size}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{validation.username.pattern}")
    @Column(nullable = false, unique = true, length = 50, updatable = false)
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 190, message = "{validation.max-length}")
    @Column(nullable = false, length = 190)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "municipality_id")
    private Long municipalityId;

    /** Raised on every change of access; sessions signed in under an older value end. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    /** An admin set the password: the user must choose their own at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The language the user chose ({@link org.imc.platform.base.Language#tag()}); null: the browser's. */
    @Column(length = 8)
    private String language;

    // lists load a page of users at once: fetch their roles in batches, not one query per user
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    public AppUser(String username, String fullName, String email) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
    }

    /** What the audit trail keeps of it (never the password hash). */
    public Map<String, Object> snapshot() {
        return Snapshot.of(
                "username",
                username,
                "fullName",
                fullName,
                "email",
                email,
                "roles",
                roles,
                "municipalityId",
                municipalityId,
                "enabled",
                enabled);
    }

    public Optional<Language> getLanguage() {
        return Language.fromTag(language);
    }

    public void setLanguage(Language language) {
        this.language = language == null ? null : language.tag();
    }

    public String getUsername() {
        return username;
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

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public long getSecurityVersion() {
        return securityVersion;
    }

    /** Ends every session the user has: each is refused on its next request. */
    void revokeSessions() {
        securityVersion++;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
