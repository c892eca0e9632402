package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** A signed-in user keeps their own language on their account (audited); nobody else's. */
class UserLanguageTest extends IntegrationTest {

    @Autowired
    OwnAccountService account;

    @AfterEach
    void backToTheBrowsersLanguage() {
        jdbc.update("UPDATE app_user SET language = NULL WHERE username IN ('member', 'trainer')");
    }

    @Test
    @WithUserDetails("member")
    void aUserKeepsTheirOwnLanguageAndOnlyTheirs() {
        long audited = audited();
        assertThat(account.ownLanguage()).isEmpty();

        account.changeOwnLanguage(Language.ARABIC);

        assertThat(account.ownLanguage()).contains(Language.ARABIC);
        assertThat(language("member")).isEqualTo("ar");
        assertThat(language("trainer")).isNull();
        assertThat(audited()).isEqualTo(audited + 1);

        account.changeOwnLanguage(Language.ARABIC);
        assertThat(audited())
                .as("choosing the same language again changes nothing")
                .isEqualTo(audited + 1);

        account.changeOwnLanguage(null);
        assertThat(account.ownLanguage()).isEqualTo(Optional.empty());
    }

    @Test
    @WithAnonymousUser
    void withoutSigningInThereIsNoLanguageToKeep() {
        assertThrows(AccessDeniedException.class, () -> account.changeOwnLanguage(Language.FRENCH));
        assertThrows(AccessDeniedException.class, () -> account.ownLanguage());
    }

    private String language(String username) {
        return jdbc.queryForObject("SELECT language FROM app_user WHERE username = ?", String.class, username);
    }

    private long audited() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'LANGUAGE_CHANGE' AND actor = 'member'", Long.class);
    }
}
