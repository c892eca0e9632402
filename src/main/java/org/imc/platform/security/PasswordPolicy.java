package org.imc.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.imc.platform.base.BusinessException;
import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.springframework.stereotype.Component;

/**
 * The rules for every password set from now on, by an admin or by the user (ASVS 2.1): at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores
 * the rest), and not one of the common or breached passwords listed in {@code
 * security/common-passwords.txt} (compared without regard to case). Existing hashes are not
 * re-checked.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    static final String TOO_SHORT = "validation.password.size";
    static final String TOO_LONG = "validation.password.bytes";
    static final String COMMON = "validation.password.common";

    private final DictionaryRule common;

    PasswordPolicy() {
        this.common = new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false)));
    }

    /** Refuses a password that breaks a rule, with the reason as the message key. */
    public void check(String password) {
        String refusal = refusal(password);
        if (refusal != null) {
            throw new BusinessException(refusal);
        }
    }

    /** The message key of the first rule the password breaks, or null if it keeps them all. */
    public String refusal(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return TOO_SHORT;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return TOO_LONG;
        }
        if (!common.validate(new PasswordData(password)).isValid()) {
            return COMMON;
        }
        return null;
    }

    private static String[] commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            String[] words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toArray(String[]::new);
            Arrays.sort(words, WordLists.CASE_INSENSITIVE_COMPARATOR);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
