package org.imc.platform.security;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.TextSearch;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * User administration: invite, change roles and a mayor's municipality, disable, unlock (a
 * user's own password and language: {@link OwnAccountService}). Every change of a user's access (roles,
 * municipality, enabled, password) raises their security version, which ends the sessions they
 * already have on their next request ({@link SessionRevocationFilter}).
 */
@Service
@Validated
@PreAuthorize(Roles.IS_ADMIN)
public class UserService {

    private final AppUserRepository users;
    private final SignInThrottleService throttle;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final PasswordPolicy passwordPolicy;
    private final AccountTokens tokens;
    private final SecondFactorRepository secondFactors;
    private final RecoveryCodeRepository recoveryCodes;
    private final ChangeFeed changes;

    UserService(
            AppUserRepository users,
            SecondFactorRepository secondFactors,
            RecoveryCodeRepository recoveryCodes,
            SignInThrottleService throttle,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            CurrentUser currentUser,
            PasswordPolicy passwordPolicy,
            AccountTokens tokens,
            ChangeFeed changes) {
        this.changes = changes;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.passwordPolicy = passwordPolicy;
        this.secondFactors = secondFactors;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<AppUser> page(String search, Pageable pageable) {
        return users.findAll(matching(search), pageable);
    }

    /**
     * One page of users for the administration list, filtered by a user-name or full-name
     * prefix and sorted in the database, each with whether sign-in is locked right now.
     */
    @Transactional(readOnly = true)
    public List<UserRow> rows(String search, Pageable pageable) {
        List<AppUser> page =
                users.findBy(matching(search), q -> q.slice(pageable)).getContent();
        Set<String> locked =
                throttle.lockedAmong(page.stream().map(AppUser::getUsername).toList());
        Set<Long> twoStep = page.isEmpty()
                ? Set.of()
                : Set.copyOf(secondFactors.enrolledAmong(
                        page.stream().map(AppUser::getId).toList()));
        return page.stream()
                .map(u -> UserRow.of(u, locked.contains(u.getUsername()), twoStep.contains(u.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        return users.count(matching(search));
    }

    @Transactional(readOnly = true)
    public AppUser get(Long id) {
        return users.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return throttle.isLocked(username);
    }

    /**
     * Invites a person: the account is created disabled and without a password anybody knows,
     * and an e-mail (written to the outbox in this transaction) carries a single-use link, valid
     * {@code AccountLinkPurpose.INVITATION.validFor()}, where they choose their password. Admins
     * never see or set passwords.
     */
    @Transactional
    public AppUser invite(@Valid UserForm form) {
        String username = form.getUsername().trim().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(username)) {
            throw new BusinessException("user.error.username-taken");
        }
        checkMunicipality(form);
        AppUser user =
                new AppUser(username, form.getFullName().trim(), form.getEmail().trim());
        user.setPasswordHash(passwordEncoder.encode(unknowablePassword()));
        user.setEnabled(false);
        user.setRoles(form.getRoles());
        user.setMunicipalityId(form.getRoles().contains(Role.MAYOR) ? form.getMunicipalityId() : null);
        AppUser saved;
        try {
            saved = users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            // another admin created the same name a moment ago (unique key)
            throw new BusinessException("user.error.username-taken");
        }
        audit.record("CREATE", "User", saved.getId(), null, saved.snapshot());
        tokens.issue(saved, AccountLinkPurpose.INVITATION);
        audit.record("INVITE", "User", saved.getId(), null, Snapshot.of("email", saved.getEmail()));
        return saved;
    }

    /**
     * Sends a new invitation to a user who has not accepted theirs (the account is still
     * disabled); the links sent before stop working.
     */
    @Transactional
    public void reinvite(Long id) {
        AppUser user = get(id);
        if (user.isEnabled()) {
            throw new BusinessException("user.error.already-active");
        }
        tokens.closeOpen(user.getId(), AccountLinkPurpose.INVITATION);
        tokens.issue(user, AccountLinkPurpose.INVITATION);
        audit.record("INVITE", "User", id, null, Snapshot.of("email", user.getEmail()));
    }

    /** Who an e-mail goes to; for the outbox, which also writes for anonymous requests and jobs. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public java.util.Optional<MailRecipient> recipient(Long id) {
        return id == null ? java.util.Optional.empty() : users.findById(id).map(MailRecipient::of);
    }

    private static String unknowablePassword() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    @Transactional
    public AppUser update(Long id, long expectedVersion, @Valid UserForm form) {
        AppUser user = get(id);
        user.requireVersion(expectedVersion);
        checkMunicipality(form);
        if (isCurrentUser(user) && !form.getRoles().contains(Role.ADMIN)) {
            throw new BusinessException("user.error.self-demote");
        }
        Map<String, Object> before = user.snapshot();
        Set<Role> rolesBefore = user.getRoles();
        Long municipalityBefore = user.getMunicipalityId();
        user.setFullName(form.getFullName().trim());
        user.setEmail(form.getEmail().trim());
        user.setRoles(form.getRoles());
        user.setMunicipalityId(form.getRoles().contains(Role.MAYOR) ? form.getMunicipalityId() : null);
        boolean accessChanged =
                !rolesBefore.equals(user.getRoles()) || !Objects.equals(municipalityBefore, user.getMunicipalityId());
        if (accessChanged) {
            user.revokeSessions();
            changes.changed(Topic.accessOf(user.getId()));
        }
        users.saveAndFlush(user);
        audit.record("UPDATE", "User", id, before, user.snapshot());
        return user;
    }

    @Transactional
    public AppUser setEnabled(Long id, boolean enabled) {
        AppUser user = get(id);
        if (!enabled && isCurrentUser(user)) {
            throw new BusinessException("user.error.self-disable");
        }
        if (user.isEnabled() == enabled) {
            return user;
        }
        user.setEnabled(enabled);
        user.revokeSessions();
        changes.changed(Topic.accessOf(user.getId()));
        audit.record(
                enabled ? "ENABLE" : "DISABLE",
                "User",
                id,
                Snapshot.of("enabled", !enabled),
                Snapshot.of("enabled", enabled));
        return user;
    }

    /** Lifts a lock-out: of the password at sign-in, of the second factor's code and of the password change. */
    @Transactional
    public void unlock(Long id) {
        AppUser user = get(id);
        throttle.unlock(user.getUsername());
        audit.record("UNLOCK", "User", id, Snapshot.of("locked", true), Snapshot.of("locked", false));
    }

    /**
     * Removes a user's authenticator app and recovery codes (a lost phone): their sessions end,
     * and at the next sign-in a user whose role requires two-step sign-in must enrol again
     * before reaching any page; for the others it is off until they turn it on. An admin resets
     * another's, not their own (they renew their own on the two-step sign-in page).
     */
    @Transactional
    public void resetSecondFactor(Long id) {
        AppUser user = get(id);
        if (isCurrentUser(user)) {
            throw new BusinessException("user.error.self-second-factor");
        }
        recoveryCodes.deleteByUserId(id);
        if (secondFactors.deleteByUserId(id) == 0) {
            return;
        }
        throttle.unlock(SecondFactorService.throttleKey(user.getUsername()));
        user.revokeSessions();
        changes.changed(Topic.accessOf(user.getId()));
        audit.record(
                "SECOND_FACTOR_RESET",
                "User",
                id,
                Snapshot.of("secondFactor", true),
                Snapshot.of("secondFactor", false));
    }

    /** Whether the user has an authenticator app. */
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(Long id) {
        return secondFactors.existsByUserId(id);
    }

    /** Enabled users holding a role, for pickers such as an affiliate's assigned liaison. */
    @PreAuthorize(Roles.IS_ADMIN_OR_LIAISON)
    @Transactional(readOnly = true)
    public List<UserSummary> withRole(Role role) {
        return users.findEnabledByRole(role).stream().map(UserSummary::of).toList();
    }

    /**
     * The ids of the enabled users holding a role, for features that notify a whole role (the
     * liaisons of a new proposal, the officers of a submitted application); ids only, so no
     * personal details leave this module.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Long> idsWithRole(Role role) {
        return users.findEnabledByRole(role).stream()
                .map(AppUser::getId)
                .sorted()
                .toList();
    }

    /** The mayors of a municipality (normally one), readable by every signed-in user. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UserSummary> mayorsOf(Long municipalityId) {
        return users.findMayorsOf(municipalityId).stream().map(UserSummary::of).toList();
    }

    /** A user's display name by id, readable by every signed-in user. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<UserSummary> summary(Long id) {
        return id == null ? java.util.Optional.empty() : users.findById(id).map(UserSummary::of);
    }

    /** Admins cannot lock themselves out: the platform would be left without the one acting. */
    private boolean isCurrentUser(AppUser user) {
        return currentUser.get().map(u -> u.id().equals(user.getId())).orElse(false);
    }

    private static void checkMunicipality(UserForm form) {
        if (form.getRoles().contains(Role.MAYOR) && form.getMunicipalityId() == null) {
            throw new BusinessException("user.error.mayor-needs-municipality");
        }
    }

    private static Specification<AppUser> matching(String search) {
        return (root, query, cb) -> {
            if (search == null || search.isBlank()) {
                return cb.conjunction();
            }
            String like = TextSearch.startsWith(search.toLowerCase(Locale.ROOT));
            return cb.or(
                    cb.like(root.get("username"), like, TextSearch.ESCAPE),
                    cb.like(cb.lower(root.get("fullName")), like, TextSearch.ESCAPE));
        };
    }
}
