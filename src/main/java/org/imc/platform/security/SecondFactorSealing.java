package org.imc.platform.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, seals every authenticator-app secret still stored in plain (written before
 * secrets were sealed, or by the demo data's change set, which cannot know the key). Each row
 * is sealed under its row lock and only if it is still plain, so nodes starting together do
 * not seal a secret twice.
 */
@Component
class SecondFactorSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorSealing.class);

    private final SecondFactorRepository factors;
    private final SecondFactorSecrets secrets;
    private final TransactionTemplate transaction;

    SecondFactorSealing(
            SecondFactorRepository factors, SecondFactorSecrets secrets, PlatformTransactionManager transactions) {
        this.factors = factors;
        this.secrets = secrets;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealPlainSecrets();
        if (sealed > 0) {
            log.info("Sealed {} two-step sign-in secrets stored in plain", sealed);
        }
    }

    int sealPlainSecrets() {
        List<Long> plain = factors.findUserIdsBySecretNotStartingWith(SecondFactorSecrets.PREFIX);
        int sealed = 0;
        for (Long userId : plain) {
            Boolean done = transaction.execute(status -> factors.findForUpdate(userId)
                    .filter(f -> !SecondFactorSecrets.isSealed(f.getSealedSecret()))
                    .map(f -> {
                        f.seal(secrets.seal(userId, f.getSealedSecret()));
                        return true;
                    })
                    .orElse(false));
            if (Boolean.TRUE.equals(done)) {
                sealed++;
            }
        }
        return sealed;
    }
}
