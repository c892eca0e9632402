package org.imc.platform.security;

import java.util.Optional;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Language;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in user changes on their own account: the password and the language. There
 * is never an id to pass: each method acts on the signed-in user alone.
 */
@Service
public class OwnAccountService {

    private final AppUserRepository users;
    private final SignInThrottleService throttle;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ChangeFeed changes;
    private final SecurityQueries queries;

    OwnAccountService(
            AppUserRepository users,
            SignInThrottleService throttle,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditService audit,
            CurrentUser currentUser,
            ChangeFeed changes,
            SecurityQueries queries) {
        this.changes = changes;
        this.queries = queries;
        this.users = users;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * The signed-in user replaces their own password: the current one is required, the new one
     * follows {@link PasswordPolicy}. Their other sessions end; this one goes on under the new
     * security version (and no longer has to change the password). Wrong current passwords are
     * audited and count like sign-in attempts under a key of their own ({@code
     * <user>#password-change}): after 5 in a row changing the password is locked for 15 minutes.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(noRollbackFor = BusinessException.class)
    public void changeOwnPassword(PasswordChangeData data) {
        SignedInUser signedIn = currentUser.require();
        AppUser user = own(signedIn.id());
        // wrong current passwords are throttled like sign-in attempts, under a key of their own
        SignInThrottleService.Ticket ticket;
        try {
            ticket = throttle.admit(SignInThrottleService.passwordChangeKey(user.getUsername()), null);
        } catch (AuthenticationException lockedOrDelayed) {
            throw new BusinessException("account.password.locked");
        }
        if (data.getCurrentPassword() == null
                || !passwordEncoder.matches(data.getCurrentPassword(), user.getPasswordHash())) {
            audit.record(
                    "PASSWORD_CHANGE_FAILED",
                    "User",
                    user.getId(),
                    null,
                    Snapshot.of("reason", "wrong current password"));
            throw new BusinessException("account.password.wrong-current");
        }
        throttle.succeeded(ticket);
        passwordPolicy.check(data.getNewPassword());
        if (!data.getNewPassword().equals(data.getRepeatedPassword())) {
            throw new BusinessException("account.password.mismatch");
        }
        if (passwordEncoder.matches(data.getNewPassword(), user.getPasswordHash())) {
            throw new BusinessException("account.password.unchanged");
        }
        user.setPasswordHash(passwordEncoder.encode(data.getNewPassword()));
        boolean wasForced = user.isMustChangePassword();
        user.setMustChangePassword(false);
        user.revokeSessions();
        changes.changed(Topic.accessOf(user.getId()));
        users.saveAndFlush(user);
        audit.record(
                "PASSWORD_CHANGE",
                "User",
                user.getId(),
                Snapshot.of("mustChangePassword", wasForced),
                Snapshot.of("mustChangePassword", false));
        SignedInSession.replacePrincipal(signedIn.afterPasswordChange(user.getSecurityVersion()));
    }

    /**
     * Whether the signed-in user's session still stands for their access as the database has
     * it now (enabled, same security version): what {@code SessionRevocationFilter} checks on the
     * session's next request. A session whose own password change replaced its principal stands.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean ownAccessCurrent() {
        SignedInUser me = currentUser.require();
        return me.id() != null
                && queries.accessState(me.id())
                        .filter(state -> state.enabled() && state.securityVersion() == me.securityVersion())
                        .isPresent();
    }

    /** The language the signed-in user chose, empty when their browser's languages decide. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Language> ownLanguage() {
        return own(currentUser.require().id()).getLanguage();
    }

    /**
     * The signed-in user keeps their language on their account, so every device they sign in on
     * speaks it. Only their own: there is no id to pass. The last choice wins (no version check:
     * it is the user's own preference, chosen from any of their sessions).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void changeOwnLanguage(Language language) {
        AppUser user = own(currentUser.require().id());
        Optional<Language> before = user.getLanguage();
        if (before.equals(Optional.ofNullable(language))) {
            return;
        }
        user.setLanguage(language);
        users.saveAndFlush(user);
        audit.record(
                "LANGUAGE_CHANGE",
                "User",
                user.getId(),
                Snapshot.of("language", before.map(Language::tag).orElse(null)),
                Snapshot.of("language", language == null ? null : language.tag()));
    }

    private AppUser own(Long id) {
        return users.findById(id).orElseThrow(RecordNotFoundException::new);
    }
}
