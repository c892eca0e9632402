package org.imc.platform.base;

/**
 * An argument of a {@link BusinessException} that is itself a translation key (a state's name,
 * say), so the reader sees "Enrolled" in their language instead of {@code ENROLLED}.
 */
public record Translatable(String key) {

    public static Translatable of(String prefix, Enum<?> value) {
        return new Translatable(prefix + value.name());
    }
}
