package org.imc.platform.base;

/**
 * LIKE patterns from what a user typed: {@code %} and {@code _} are matched literally. Use the
 * pattern with {@link #ESCAPE} as the escape character, e.g.
 * {@code cb.like(path, TextSearch.contains(text), TextSearch.ESCAPE)}.
 */
public final class TextSearch {

    public static final char ESCAPE = '\\';

    private TextSearch() {}

    public static String contains(String typed) {
        return "%" + literal(typed) + "%";
    }

    public static String startsWith(String typed) {
        return literal(typed) + "%";
    }

    private static String literal(String typed) {
        String text = typed == null ? "" : typed.trim();
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
