package org.imc.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in with an authenticator app (TOTP) and single-use recovery codes. Required for
 * administrators and fund officers, optional for everyone else. Between the password and the
 * code the session holds a {@link PendingSecondFactor} without any role; {@link #verify} and
 * {@link #enrol} turn it into the signed-in user.
 */
@Service
public class SecondFactorService {

    /** The only authority of a session whose second factor is pending. */
    public static final String PENDING = "SECOND_FACTOR_PENDING";

    static final String IS_PENDING = "hasAuthority('" + PENDING + "')";
    static final String SIGNED_IN_OR_PENDING = Roles.SIGNED_IN + " or " + IS_PENDING;
    static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMIN, Role.FUND_OFFICER);
    static final int RECOVERY_CODES = 10;

    static final String ENTITY = "SecondFactor";

    private final SecondFactorRepository factors;
    private final SecondFactorSecrets secrets;
    private final RecoveryCodeRepository recoveryCodes;
    private final AppUserRepository users;
    private final SignInThrottleService throttle;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SecondFactorService(
            SecondFactorRepository factors,
            SecondFactorSecrets secrets,
            RecoveryCodeRepository recoveryCodes,
            AppUserRepository users,
            SignInThrottleService throttle,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.factors = factors;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public static boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(REQUIRED_FOR::contains);
    }

    /** What a correct password leads to: the signed-in user, or a pending second factor. */
    Authentication afterPassword(Authentication passwordAccepted) {
        SignedInUser user = (SignedInUser) passwordAccepted.getPrincipal();
        boolean enrolled = factors.existsByUserId(user.id());
        if (!enrolled && !requiredFor(user.roles())) {
            return passwordAccepted;
        }
        return new SecondFactorPendingToken(
                new PendingSecondFactor(user.id(), user.username(), enrolled), passwordAccepted.getDetails());
    }

    /** The session's pending second factor, if the user is half-way through signing in. */
    public Optional<PendingSecondFactor> pending() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PendingSecondFactor pending) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    /**
     * The second step of signing in: a code from the authenticator app or one of the recovery
     * codes. Wrong codes count toward the lock-out (kept apart from the password's count, which a
     * correct password clears). Returns the signed-in user for the session.
     */
    @PreAuthorize(IS_PENDING)
    @Transactional(noRollbackFor = BusinessException.class)
    public Authentication verify(String code) {
        PendingSecondFactor pending = pending().orElseThrow(() -> new AccessDeniedException("nothing pending"));
        if (!pending.enrolled()) {
            throw new AccessDeniedException("not enrolled");
        }
        String throttleKey = throttleKey(pending.username());
        // counted in advance under the throttle's row lock, like a password attempt
        SignInThrottleService.Ticket ticket;
        try {
            ticket = throttle.admit(throttleKey, null);
        } catch (AuthenticationException lockedOrDelayed) {
            throw new BusinessException("second-factor.locked");
        }
        String entered = code == null ? "" : code.strip();
        String method;
        if (acceptTotp(pending.userId(), entered)) {
            method = "authenticator app";
        } else if (acceptRecoveryCode(pending.userId(), entered)) {
            method = "recovery code";
            audit.recordAs(
                    pending.username(),
                    "SECOND_FACTOR_RECOVERY_CODE_USED",
                    ENTITY,
                    pending.username(),
                    null,
                    Snapshot.of("unusedRecoveryCodes", recoveryCodes.countUnused(pending.userId())));
        } else {
            audit.recordAs(
                    pending.username(),
                    "SIGN_IN_FAILURE",
                    SignInAuditListener.ENTITY,
                    pending.username(),
                    null,
                    Snapshot.of("reason", "wrong second-factor code"));
            throw new BusinessException(ticket.locksOnFailure() ? "second-factor.locked" : "second-factor.code.wrong");
        }
        throttle.succeeded(ticket);
        audit.recordAs(
                pending.username(),
                "SIGN_IN_SUCCESS",
                SignInAuditListener.ENTITY,
                pending.username(),
                null,
                Snapshot.of("secondFactor", method));
        return signedIn(pending.userId());
    }

    /** A fresh secret to show as a QR code (and as text, for typing into the app by hand). */
    @PreAuthorize(SIGNED_IN_OR_PENDING)
    public NewSecret newSecret() {
        String username = actingUsername();
        String secret = Totp.newSecret();
        return new NewSecret(secret, Totp.qrCodeDataUrl(Totp.enrolmentUri(username, secret)));
    }

    /**
     * Turns two-step sign-in on (or renews it) with {@code secret} once the app's first code
     * proves the app has it, and hands out {@value #RECOVERY_CODES} new recovery codes (the old
     * ones stop working). A user half-way through signing in may only do this when they have no
     * authenticator app yet; they are signed in afterwards.
     */
    @PreAuthorize(SIGNED_IN_OR_PENDING)
    @Transactional
    public Enrolment enrol(String secret, String code) {
        Optional<PendingSecondFactor> pending = pending();
        if (pending.isPresent() && pending.get().enrolled()) {
            throw new AccessDeniedException("enrolled users sign in with their code");
        }
        Long userId = pending.map(PendingSecondFactor::userId)
                .orElseGet(() -> currentUser.require().id());
        String username = actingUsername();
        long now = Totp.step(clock.instant());
        String entered = code == null ? "" : code.strip();
        long matched = Totp.matchingStep(secret, entered, now, Long.MIN_VALUE);
        if (matched == Long.MIN_VALUE) {
            throw new BusinessException("second-factor.code.wrong");
        }
        SecondFactor factor = factors.findForUpdate(userId).orElse(null);
        boolean renewed = factor != null;
        if (factor == null) {
            factors.save(new SecondFactor(userId, secrets.seal(userId, secret), matched));
        } else {
            factor.replace(secrets.seal(userId, secret), matched);
        }
        recoveryCodes.deleteByUserId(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = RecoveryCodes.newCode();
            codes.add(recovery);
            recoveryCodes.save(new RecoveryCode(userId, RecoveryCodes.hash(recovery)));
        }
        audit.recordAs(
                username,
                renewed ? "SECOND_FACTOR_RENEWED" : "SECOND_FACTOR_ENROLLED",
                ENTITY,
                username,
                null,
                Snapshot.of("recoveryCodes", RECOVERY_CODES));
        Authentication signedIn = null;
        if (pending.isPresent()) {
            audit.recordAs(
                    username,
                    "SIGN_IN_SUCCESS",
                    SignInAuditListener.ENTITY,
                    username,
                    null,
                    Snapshot.of("secondFactor", "enrolment"));
            signedIn = signedIn(userId);
        }
        return new Enrolment(List.copyOf(codes), signedIn);
    }

    /** Whether the signed-in user has an authenticator app. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean isEnrolled() {
        return factors.existsByUserId(currentUser.require().id());
    }

    private String actingUsername() {
        return pending()
                .map(PendingSecondFactor::username)
                .orElseGet(() -> currentUser.require().username());
    }

    private boolean acceptTotp(Long userId, String code) {
        if (!code.matches("\\d{" + Totp.DIGITS + "}")) {
            return false;
        }
        SecondFactor factor = factors.findForUpdate(userId).orElse(null);
        if (factor == null) {
            return false;
        }
        long matched = Totp.matchingStep(secretOf(factor), code, Totp.step(clock.instant()), factor.getLastUsedStep());
        if (matched == Long.MIN_VALUE) {
            return false;
        }
        factor.used(matched);
        return true;
    }

    /**
     * The plain secret of a locked factor. A secret stored before secrets were sealed (the
     * start-up's {@link SecondFactorSealing} seals them all; this covers rows written since by
     * older nodes or by hand) is sealed now.
     */
    private String secretOf(SecondFactor factor) {
        String stored = factor.getSealedSecret();
        if (SecondFactorSecrets.isSealed(stored)) {
            return secrets.open(factor.getUserId(), stored);
        }
        factor.seal(secrets.seal(factor.getUserId(), stored));
        return stored;
    }

    private boolean acceptRecoveryCode(Long userId, String code) {
        String normalized = RecoveryCodes.normalize(code);
        if (normalized.length() != RecoveryCodes.LENGTH) {
            return false;
        }
        Optional<RecoveryCode> found = recoveryCodes.findForUpdate(userId, RecoveryCodes.hash(normalized));
        if (found.isEmpty() || found.get().isUsed()) {
            return false;
        }
        found.get().use(clock.instant());
        return true;
    }

    private Authentication signedIn(Long userId) {
        AppUser user = users.findById(userId)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("user gone or disabled"));
        SignedInUser principal = SignedInUser.of(user).withoutPassword();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Counted apart from the password: user names cannot contain '#'. */
    static String throttleKey(String username) {
        return username + "#second-factor";
    }

    /** A secret to enrol, and its QR code as a PNG data URL. */
    public record NewSecret(String secret, String qrCodeDataUrl) {}

    /** The new recovery codes (shown once), and the signed-in user when this finished a sign-in. */
    public record Enrolment(List<String> recoveryCodes, Authentication signedIn) {}
}
