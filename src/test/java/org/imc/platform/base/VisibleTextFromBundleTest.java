package org.imc.platform.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when code sets visible text from a string literal instead of the bundle (as Spring
 * PetClinic's I18n test does for its templates): a literal with letters passed to a component's
 * text, label, header, title, tooltip, placeholder or ARIA label, to a notification, or to the
 * certificate PDF. Symbols, numbers and the brand name are fine; everything a reader reads goes
 * through {@code getTranslation(key)}.
 */
class VisibleTextFromBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern TEXT_LITERAL = Pattern.compile(
            "(?:new (?:Button|H[1-6]|Span|Paragraph|Div|NativeLabel|Text|Checkbox|TextField|TextArea|PasswordField"
                    + "|EmailField|IntegerField|BigDecimalField|NumberField|DatePicker|ComboBox|Select|Details|Tab"
                    + "|Notification|SideNavItem|ListItem)"
                    + "|Notification\\.show|\\.setText|\\.setLabel|\\.setPlaceholder|\\.setHelperText|\\.setHeader"
                    + "|\\.setHeaderTitle|\\.setAriaLabel|\\.setTooltipText|\\.setTitle|\\.setErrorMessage"
                    + "|\\.setConfirmText|\\.setCancelText|\\.setRejectText|\\.setSummaryText|\\.setAlt"
                    + "|\\.setPageTitle|\\.addTitle|\\.addAuthor|\\bcentred)\\(\\s*\"([^\"]*)\""
                    + "|new Anchor\\([^,()]+,\\s*\"([^\"]*)\"");

    /** Literals a reader may see in every language: the brand, a URL scheme, an HTTP header name. */
    private static final Set<String> ALLOWED =
            Set.of("IMC Platform", "https://", "Retry-After", "Content-Security-Policy");

    @Test
    void viewsTakeTheirTextsFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = TEXT_LITERAL.matcher(source);
                while (m.find()) {
                    String literal = m.group(1) != null ? m.group(1) : m.group(2);
                    if (literal.matches(".*\\p{L}\\p{L}.*") && !ALLOWED.contains(literal)) {
                        found.add(SOURCES.relativize(file) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found)
                .as("visible texts written in code instead of the bundle")
                .isEmpty();
    }

    @Test
    void theCheckFindsALiteral() {
        assertThat(TEXT_LITERAL.matcher("save.setText(\"Save\")").find()).isTrue();
        assertThat(TEXT_LITERAL.matcher("new Button(\"Save\", e -> save())").find())
                .isTrue();
        assertThat(TEXT_LITERAL.matcher("Notification.show(\"Saved\")").find()).isTrue();
        assertThat(TEXT_LITERAL.matcher("new Anchor(\"fund\", \"Back\")").find())
                .isTrue();
        assertThat(TEXT_LITERAL
                        .matcher("new Button(getTranslation(\"action.save\"))")
                        .find())
                .isFalse();
    }
}
