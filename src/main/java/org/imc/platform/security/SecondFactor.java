package org.imc.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;

/**
 * A user's enrolled authenticator app: its secret, sealed by {@link SecondFactorSecrets} (never
 * plain in the database), and the last time step a code was accepted for.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor extends BaseEntity {

    @Column(name = "user_id", nullable = false, unique = true, updatable = false)
    private Long userId;

    @Column(name = "secret", nullable = false)
    private String sealedSecret;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected SecondFactor() {}

    SecondFactor(Long userId, String sealedSecret, long lastUsedStep) {
        this.userId = userId;
        this.sealedSecret = sealedSecret;
        this.lastUsedStep = lastUsedStep;
    }

    Long getUserId() {
        return userId;
    }

    String getSealedSecret() {
        return sealedSecret;
    }

    void replace(String sealedSecret, long usedStep) {
        this.sealedSecret = sealedSecret;
        this.lastUsedStep = usedStep;
    }

    /** Replaces a secret stored before secrets were sealed by its sealed form. */
    void seal(String sealedSecret) {
        this.sealedSecret = sealedSecret;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }
}
