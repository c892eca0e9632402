package org.imc.platform.base.ui;

import java.util.Optional;
import org.imc.platform.base.Language;

/**
 * Where a signed-in user's language is kept (their account; security implements it). Both
 * methods do nothing for a visitor who has not signed in.
 */
public interface LanguagePreference {

    /** The signed-in user's chosen language; empty when not signed in or never chosen. */
    Optional<Language> saved();

    /** Keeps the choice on the signed-in user's account; false when nobody is signed in. */
    boolean save(Language language);

    /** The signed-in user's name, to remember whose choice a session already looked up. */
    Optional<String> signedIn();
}
