package org.imc.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * After the password step: a user who has an authenticator app, or whose role requires one, gets
 * only a pending state; their roles come with the second factor ({@link SecondFactorService#verify}).
 */
class SecondFactorGate implements AuthenticationProvider {

    private final AuthenticationProvider passwordStep;
    private final SecondFactorService secondFactors;

    SecondFactorGate(AuthenticationProvider passwordStep, SecondFactorService secondFactors) {
        this.passwordStep = passwordStep;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication passwordAccepted = passwordStep.authenticate(authentication);
        return passwordAccepted == null ? null : secondFactors.afterPassword(passwordAccepted);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordStep.supports(authentication);
    }
}
