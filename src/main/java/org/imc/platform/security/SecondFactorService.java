package org.imc.platform.security;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
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
    /** Codes of the step before and after the current one are accepted too: phone clocks drift. */
    static final int WINDOW_STEPS = 1;

    static final String ENTITY = "SecondFactor";
    private static final int RECOVERY_CODE_LENGTH = 12;
    private static final String RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

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
        String label =
                URLEncoder.encode("IMC:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=IMC&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new NewSecret(secret, qrCodeDataUrl(uri));
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
        long matched = matchingStep(secret, entered, now, Long.MIN_VALUE);
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
            String recovery = newRecoveryCode();
            codes.add(recovery);
            recoveryCodes.save(new RecoveryCode(userId, hash(recovery)));
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
        long matched = matchingStep(secretOf(factor), code, Totp.step(clock.instant()), factor.getLastUsedStep());
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

    /** The step within the window around {@code now} whose code is {@code code}, after {@code lastUsed}; else MIN_VALUE. */
    static long matchingStep(String secret, String code, long now, long lastUsed) {
        if (!code.matches("\\d{" + Totp.DIGITS + "}")) {
            return Long.MIN_VALUE;
        }
        byte[] entered = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - WINDOW_STEPS; step <= now + WINDOW_STEPS; step++) {
            if (step > lastUsed
                    && MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII), entered)) {
                return step;
            }
        }
        return Long.MIN_VALUE;
    }

    private boolean acceptRecoveryCode(Long userId, String code) {
        String normalized = normalizeRecoveryCode(code);
        if (normalized.length() != RECOVERY_CODE_LENGTH) {
            return false;
        }
        Optional<RecoveryCode> found = recoveryCodes.findForUpdate(userId, hash(normalized));
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

    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECOVERY_CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalizeRecoveryCode(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Recovery codes are random (60 bits): a plain SHA-256 keeps them safe, and checking stays cheap. */
    private static String hash(String recoveryCode) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(normalizeRecoveryCode(recoveryCode).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String qrCodeDataUrl(String text) {
        try {
            BitMatrix matrix =
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
            int scale = 5;
            BufferedImage image = new BufferedImage(
                    matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A secret to enrol, and its QR code as a PNG data URL. */
    public record NewSecret(String secret, String qrCodeDataUrl) {}

    /** The new recovery codes (shown once), and the signed-in user when this finished a sign-in. */
    public record Enrolment(List<String> recoveryCodes, Authentication signedIn) {}
}
