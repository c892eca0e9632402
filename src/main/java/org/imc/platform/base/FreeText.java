package org.imc.platform.base;

/**
 * The one rule for free text that users type (messages, reasons, summaries, notes, answers):
 * trimmed, plain (no markup characters: they are refused rather than stored, and always
 * rendered as text anyway) and at most a given length. Forms check it with {@link PlainText}
 * and a size constraint next to the field; services check it again here, with the same words.
 */
public final class FreeText {

    private FreeText() {}

    /** No markup characters (null counts as plain). */
    public static boolean isPlain(String text) {
        return text == null || (text.indexOf('<') < 0 && text.indexOf('>') < 0);
    }

    /** The trimmed text, or null when blank; refused when too long or not plain. */
    public static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > max) {
            throw new BusinessException("validation.text-too-long", max);
        }
        if (!isPlain(trimmed)) {
            throw new BusinessException("validation.plain-text");
        }
        return trimmed;
    }

    /** The trimmed text; refused with {@code requiredKey} when blank, and as above otherwise. */
    public static String required(String text, int max, String requiredKey) {
        String trimmed = optional(text, max);
        if (trimmed == null) {
            throw new BusinessException(requiredKey);
        }
        return trimmed;
    }

    /** The trimmed text, or null when blank (for optional fields already validated by the form's constraints). */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
