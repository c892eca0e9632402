package org.imc.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Authenticator-app secrets are stored sealed with AES-256-GCM: {@code v1:} and the Base64 of a
 * random 96-bit nonce followed by the ciphertext and its 128-bit tag. The user's id is the
 * associated data, so a sealed secret copied to another user's row does not open. The key comes
 * from {@code imc.mfa.key} ({@code IMC_MFA_KEY}: 32 random bytes in Base64, e.g. {@code openssl
 * rand -base64 32}); without it the {@code prod} profile refuses to start, and elsewhere a fixed
 * development key is used (with a warning) so the demo works out of the box.
 */
@Component
class SecondFactorSecrets {

    static final String PREFIX = "v1:";
    private static final Logger log = LoggerFactory.getLogger(SecondFactorSecrets.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecondFactorSecrets(@Value("${imc.mfa.key:}") String configuredKey, Environment environment) {
        this.key = key(configuredKey, environment);
    }

    private static SecretKey key(String configured, Environment environment) {
        if (configured == null || configured.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("IMC_MFA_KEY (imc.mfa.key) is not set: the prod profile needs a key"
                        + " to seal the two-step sign-in secrets (32 random bytes in Base64: openssl rand -base64 32)");
            }
            log.warn("IMC_MFA_KEY is not set: two-step sign-in secrets are sealed with the development key");
            return new SecretKeySpec(sha256("imc-platform development key, never for production"), "AES");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("IMC_MFA_KEY (imc.mfa.key) is not Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "IMC_MFA_KEY (imc.mfa.key) must be 32 bytes (256 bits), it has " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The Base32 secret of {@code userId}, sealed for the database. */
    String seal(Long userId, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(userId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The Base32 secret of {@code userId} from its sealed form; refuses a value that does not open. */
    String open(Long userId, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("second factor of user " + userId + " is not sealed");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(userId));
            return new String(
                    cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "second factor of user " + userId + " does not open with this IMC_MFA_KEY", e);
        }
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static byte[] associatedData(Long userId) {
        return ("second_factor:" + userId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
