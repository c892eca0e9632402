package org.imc.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the single-use links sent by e-mail do, for people who are not signed in: accepting an
 * invitation (choose a password, the account is enabled) and resetting a forgotten password.
 * Both end every session the user has (their security version is raised) and are audited.
 * Asking for a reset answers the same whether or not the account exists, and is throttled per
 * client address and name (the sign-in throttle's rows, under a {@code reset:} prefix) and per
 * account ({@value #RESETS_PER_WINDOW} links per {@value #RESET_WINDOW_MINUTES} minutes).
 */
@Service
@PreAuthorize(Roles.ANYONE)
public class AccountLinkService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountLinkService.class);

    static final int RESETS_PER_WINDOW = 3;
    static final int RESET_WINDOW_MINUTES = 30;

    private final AppUserRepository users;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottleService throttle;
    private final ClientAddresses clients;
    private final AuditService audit;
    private final ChangeFeed changes;

    AccountLinkService(
            AppUserRepository users,
            AccountTokens tokens,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SignInThrottleService throttle,
            ClientAddresses clients,
            AuditService audit,
            ChangeFeed changes) {
        this.changes = changes;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.clients = clients;
        this.audit = audit;
    }

    /** The user name an open invitation is for, or empty (unknown, used or expired link). */
    @Transactional(readOnly = true)
    public Optional<String> invitedUsername(String token) {
        return tokens.peek(token, AccountLinkPurpose.INVITATION)
                .flatMap(t -> users.findById(t.getUserId()))
                .map(AppUser::getUsername);
    }

    /** The user name an open reset link is for, or empty. */
    @Transactional(readOnly = true)
    public Optional<String> resetUsername(String token) {
        return tokens.peek(token, AccountLinkPurpose.PASSWORD_RESET)
                .flatMap(t -> users.findById(t.getUserId()))
                .filter(AppUser::isEnabled)
                .map(AppUser::getUsername);
    }

    /** The invited user chooses a password: the account is enabled. Returns the user name. */
    @Transactional
    public String acceptInvitation(String token, String password, String repeated) {
        AccountToken link =
                tokens.lock(token, AccountLinkPurpose.INVITATION).orElseThrow(AccountLinkService::linkInvalid);
        AppUser user = users.findById(link.getUserId()).orElseThrow(AccountLinkService::linkInvalid);
        setPassword(user, password, repeated);
        boolean wasEnabled = user.isEnabled();
        user.setEnabled(true);
        tokens.use(link);
        users.saveAndFlush(user);
        audit.recordAs(
                user.getUsername(),
                "INVITATION_ACCEPTED",
                "User",
                user.getId(),
                Snapshot.of("enabled", wasEnabled),
                Snapshot.of("enabled", true));
        return user.getUsername();
    }

    /** Sets the password through a reset link; the user's sessions end. Returns the user name. */
    @Transactional
    public String resetPassword(String token, String password, String repeated) {
        AccountToken link =
                tokens.lock(token, AccountLinkPurpose.PASSWORD_RESET).orElseThrow(AccountLinkService::linkInvalid);
        AppUser user = users.findById(link.getUserId())
                .filter(AppUser::isEnabled)
                .orElseThrow(AccountLinkService::linkInvalid);
        setPassword(user, password, repeated);
        tokens.use(link);
        users.saveAndFlush(user);
        // the owner proved it by e-mail: a lock-out from guessing need not keep them out
        throttle.unlock(user.getUsername());
        audit.recordAs(
                user.getUsername(),
                "PASSWORD_RESET_BY_LINK",
                "User",
                user.getId(),
                Snapshot.of("securityVersion", user.getSecurityVersion() - 1),
                Snapshot.of("securityVersion", user.getSecurityVersion()));
        return user.getUsername();
    }

    /**
     * Sends a reset link to the account(s) with this user name or e-mail address, if any, unless
     * throttled. Says nothing either way: the caller shows the same answer in every case.
     */
    @Transactional
    public void requestPasswordReset(String nameOrEmail) {
        String wanted = nameOrEmail == null ? "" : nameOrEmail.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > 190) {
            return;
        }
        try {
            // counted as a "failure" of the name "reset:<wanted>" from this address: five in a
            // row lock the pair for a while, many from one address slow that address down
            throttle.admit("reset:" + wanted, clients.current().orElse(null));
        } catch (AuthenticationException throttled) {
            LOG.info("Password reset request throttled");
            audit.recordAs(AuditService.SYSTEM, "PASSWORD_RESET_THROTTLED", "User", null, null, null);
            return;
        }
        List<AppUser> matches =
                users.findByUsername(wanted).map(List::of).orElseGet(() -> users.findByEmailIgnoreCase(wanted));
        for (AppUser user : matches) {
            if (!user.isEnabled()) {
                continue;
            }
            if (tokens.issuedSince(
                            user.getId(), AccountLinkPurpose.PASSWORD_RESET, Duration.ofMinutes(RESET_WINDOW_MINUTES))
                    >= RESETS_PER_WINDOW) {
                LOG.info("Password reset for user {} throttled", user.getId());
                continue;
            }
            tokens.issue(user, AccountLinkPurpose.PASSWORD_RESET);
            audit.recordAs(AuditService.SYSTEM, "PASSWORD_RESET_REQUESTED", "User", user.getId(), null, null);
        }
    }

    private void setPassword(AppUser user, String password, String repeated) {
        passwordPolicy.check(password);
        if (!password.equals(repeated)) {
            throw new BusinessException("account.password.mismatch");
        }
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(false);
        user.revokeSessions();
        changes.changed(Topic.accessOf(user.getId()));
    }

    private static BusinessException linkInvalid() {
        return new BusinessException("account.link.invalid");
    }
}
