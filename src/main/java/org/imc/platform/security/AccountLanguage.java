package org.imc.platform.security;

import java.util.Optional;
import org.imc.platform.base.Language;
import org.imc.platform.base.ui.LanguagePreference;
import org.springframework.stereotype.Component;

/** A signed-in user's language lives on their account (through {@link OwnAccountService}). */
@Component
class AccountLanguage implements LanguagePreference {

    private final OwnAccountService users;
    private final CurrentUser currentUser;

    AccountLanguage(OwnAccountService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Language> saved() {
        return currentUser.get().isPresent() ? users.ownLanguage() : Optional.empty();
    }

    @Override
    public boolean save(Language language) {
        if (currentUser.get().isEmpty()) {
            return false;
        }
        users.changeOwnLanguage(language);
        return true;
    }

    @Override
    public Optional<String> signedIn() {
        return currentUser.get().map(SignedInUser::username);
    }
}
