package org.imc.platform.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the language bundles true to the English one (as Spring PetClinic's
 * {@code I18nPropertiesSyncTest} does): every language has exactly the English keys, the same
 * placeholders in each text, valid UTF-8, and no apostrophe that {@link java.text.MessageFormat}
 * would swallow.
 */
class I18nBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");
    /** {0}, {1,number} (MessageFormat) and {max} (Bean Validation). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([0-9a-zA-Z]+)[^}]*}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheEnglishKeys(Language language) throws IOException {
        Properties english = load("translations.properties");
        Properties translated = load(file(language));

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys missing in " + file(language)).isEmpty();
        assertThat(extra)
                .as("keys in " + file(language) + " that English does not have")
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void placeholdersAreTheSameAsInEnglish(Language language) throws IOException {
        Properties english = load("translations.properties");
        Properties translated = load(file(language));
        List<String> differing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (text != null && !placeholders(english.getProperty(key)).equals(placeholders(text))) {
                differing.add(key + ": " + placeholders(english.getProperty(key)) + " vs " + placeholders(text));
            }
        }
        assertThat(differing)
                .as("placeholders differing from English in " + file(language))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void textsAreNotEmptyAndApostrophesSurviveMessageFormat(Language language) throws IOException {
        Properties translated = load(file(language));
        List<String> wrong = new ArrayList<>();
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (text.isBlank()) {
                wrong.add(key + " is empty");
            }
            // MessageFormat (used when a text has arguments) drops a lone ' and what it quotes
            if (text.matches(".*\\{[0-9].*") && text.replace("''", "").contains("'")) {
                wrong.add(key + " has a single ' (write ’ or '')");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void filesAreValidUtf8(Language language) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(file(language)));
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(file(language) + " is not valid UTF-8", e);
        }
    }

    /** The bundle the application reads (a ResourceBundle, UTF-8) gives the accented and Arabic texts intact. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theApplicationReadsTheBundleAsWritten(Language language) throws IOException {
        Properties file = load(file(language));
        var bundle = Language.bundle(language.locale());
        for (String key : file.stringPropertyNames()) {
            assertThat(bundle.getString(key)).as(key).isEqualTo(file.getProperty(key));
        }
    }

    private static String file(Language language) {
        return language == Language.ENGLISH
                ? "translations.properties"
                : "translations_" + language.tag() + ".properties";
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(DIR.resolve(name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        found.sort(null);
        return found;
    }
}
