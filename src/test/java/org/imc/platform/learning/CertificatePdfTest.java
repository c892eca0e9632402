package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.imc.platform.base.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The certificate in each language embeds the bundled Noto fonts (Latin with accents, and Naskh
 * for Arabic) and is tagged with its language. The PDFs are kept in {@code target/certificates/}
 * to be looked at.
 */
class CertificatePdfTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void rendersInTheLearnersLanguageWithBundledFonts(Language language) throws Exception {
        // a Latin name with accents, and a course title mixing Latin, digits and Arabic
        Certificate certificate = new Certificate(
                1L,
                "ABCD-EFGH-JKLM",
                "Amina Diallo Ñúñez",
                "Gestion des déchets – niveau 1 / إدارة النفايات 2026",
                LocalDate.of(2026, 3, 5));

        byte[] pdf = new CertificatePdf("https://imc.example.org/").render(certificate, language);

        Path dir = Path.of("target", "certificates");
        Files.createDirectories(dir);
        Files.write(dir.resolve("certificate-" + language.tag() + ".pdf"), pdf);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-");
        assertThat(raw).contains("NotoSans");
        assertThat(raw).contains("/Lang(" + language.tag() + ")");
        if (language == Language.ARABIC) {
            assertThat(raw).contains("NotoNaskhArabic");
        }
    }
}
