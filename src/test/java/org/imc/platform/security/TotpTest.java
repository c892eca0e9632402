package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.imc.platform.DemoTotp;
import org.junit.jupiter.api.Test;

/** The one-time codes against RFC 6238's test vectors, and the edges of the accepted time window. */
class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = Totp.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesMatchTheRfcTestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // the RFC lists 8 digits; authenticator apps show the last 6
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void theDemoSecretGivesWhatAnIndependentImplementationGives() {
        long step = Totp.step(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(Totp.code(DemoTotp.SECRET, step)).isEqualTo(DemoTotp.code(step));
        assertThat(Totp.decode(Totp.encode(Totp.decode(DemoTotp.SECRET)))).isEqualTo(Totp.decode(DemoTotp.SECRET));
    }

    @Test
    void stepsAreThirtySecondsLong() {
        assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(60))).isEqualTo(2);
    }

    @Test
    void oneStepEitherSideIsAcceptedTwoStepsAreNot() {
        long now = 58_000_000L;
        String secret = DemoTotp.SECRET;
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now, 0)).isEqualTo(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now - 1), now, 0))
                .isEqualTo(now - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now + 1), now, 0))
                .isEqualTo(now + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now - 2), now, 0))
                .isEqualTo(Long.MIN_VALUE);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now + 2), now, 0))
                .isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aStepAlreadyUsedOrOlderIsRefused() {
        long now = 58_000_000L;
        String secret = DemoTotp.SECRET;
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now, now)).isEqualTo(Long.MIN_VALUE);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now - 1), now, now))
                .isEqualTo(Long.MIN_VALUE);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now + 1), now, now))
                .isEqualTo(now + 1);
    }

    @Test
    void onlySixDigitsAreCodes() {
        long now = 58_000_000L;
        String code = Totp.code(DemoTotp.SECRET, now);
        assertThat(Totp.matchingStep(DemoTotp.SECRET, " " + code, now, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(Totp.matchingStep(DemoTotp.SECRET, code + "0", now, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(Totp.matchingStep(DemoTotp.SECRET, "", now, 0)).isEqualTo(Long.MIN_VALUE);
    }
}
