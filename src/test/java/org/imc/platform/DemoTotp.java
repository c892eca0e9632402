package org.imc.platform;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app holding the published demo secret shows (RFC 6238: HMAC-SHA-1,
 * 30-second steps, 6 digits), written apart from the application's code so tests check it.
 * The server accepts each step's code once and the step before and after the current one, so
 * {@link #nextCode(String)} remembers which step it handed out per user and, when a user signs
 * in again within the same half-minute, waits for the next step the way a person would.
 */
public final class DemoTotp {

    /** {@code JBSWY3DPEHPK3PXP} in Base32: the demo accounts admin, officer and officer2 use it. */
    public static final String SECRET = "JBSWY3DPEHPK3PXP";

    private static final byte[] KEY =
            "Hello!\u00de\u00ad\u00be\u00ef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private DemoTotp() {}

    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), 30);
    }

    /** The demo secret's code for a time step. */
    public static String code(long step) {
        return code(KEY, step);
    }

    public static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[19] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a Base32 key as an authenticator app does (to follow a key shown at enrolment). */
    public static byte[] decodeBase32(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /** A demo-secret code for {@code username} that the server has not seen yet (waits for the next step if needed). */
    public static synchronized String nextCode(String username) {
        long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
        long now = step(Instant.now());
        long step = Math.max(now - 1, last == Long.MIN_VALUE ? now - 1 : last + 1);
        while (step > step(Instant.now()) + 1) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        // the newest code the server accepts now: fewer surprises at a step boundary than now - 1
        step = Math.max(step, step(Instant.now()));
        LAST_STEP.put(username, step);
        return code(step);
    }
}
