package org.imc.platform.base;

/**
 * An argument of a {@link BusinessException} that is itself a translation key (a state's name,
 * say), so the reader sees "Enrolled" in their language instead of {@code ENROLLED}.
 */
public record Translatable(String key) {

    private static final String STORED = "i18n:";

    public static Translatable of(String prefix, Enum<?> value) {
        return new Translatable(prefix + value.name());
    }

    /**
     * The key as a stored notification argument: notifications keep keys, not texts, so each
     * reader sees the words in their own language when the notification is shown.
     */
    public String asArgument() {
        return STORED + key;
    }

    /** A stored notification argument that is a key, else empty (the argument is shown as it is). */
    public static java.util.Optional<Translatable> fromArgument(String argument) {
        return argument != null && argument.startsWith(STORED)
                ? java.util.Optional.of(new Translatable(argument.substring(STORED.length())))
                : java.util.Optional.empty();
    }
}
