package org.imc.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;

/** A user's enrolled authenticator app: its secret and the last time step a code was accepted for. */
@Entity
@Table(name = "second_factor")
class SecondFactor extends BaseEntity {

    @Column(name = "user_id", nullable = false, unique = true, updatable = false)
    private Long userId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected SecondFactor() {}

    SecondFactor(Long userId, String secret, long lastUsedStep) {
        this.userId = userId;
        this.secret = secret;
        this.lastUsedStep = lastUsedStep;
    }

    Long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    void replace(String secret, long usedStep) {
        this.secret = secret;
        this.lastUsedStep = usedStep;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }
}
