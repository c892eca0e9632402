package org.imc.platform.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.imc.platform.base.Language;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a one-page landscape PDF with OpenPDF, in the learner's language:
 * learner, course, date of completion and the verification code with the address where it can be
 * checked. The fonts are bundled (Noto Sans for Latin letters with accents, Noto Naskh Arabic for
 * Arabic; SIL Open Font License, see {@code fonts/OFL.txt}) and embedded, never the machine's.
 * Arabic letters are joined by OpenPDF's {@link LayoutProcessor} (Java's own text layout), which
 * is switched on once for the whole application.
 */
@Component
class CertificatePdf {

    private static final String LATIN = "fonts/NotoSans-Regular.ttf";
    private static final String LATIN_BOLD = "fonts/NotoSans-Bold.ttf";
    private static final String ARABIC = "fonts/NotoNaskhArabic-Regular.ttf";
    private static final String ARABIC_BOLD = "fonts/NotoNaskhArabic-Bold.ttf";

    static {
        LayoutProcessor.enableKernLiga();
    }

    private final String publicUrl;

    CertificatePdf(@Value("${imc.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    byte[] render(Certificate c, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (language.rightToLeft()) {
            writer.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        document.addTitle(language.text("certificate.pdf.title") + " - " + c.getCourseTitle());
        document.addAuthor(language.text("certificate.pdf.issuer"));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.tag()));
        document.open();
        boolean rtl = language.rightToLeft();
        Fonts small = new Fonts(false, 12, rtl);
        Fonts title = new Fonts(true, 30, rtl);
        Fonts name = new Fonts(true, 28, rtl);
        Fonts course = new Fonts(true, 20, rtl);
        Fonts code = new Fonts(true, 14, rtl);
        String issuedOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(c.getIssuedOn());
        document.add(centred(language.text("certificate.pdf.issuer"), small, 0));
        document.add(centred(language.text("certificate.pdf.title"), title, 24));
        document.add(centred(language.text("certificate.pdf.certifies"), small, 24));
        document.add(centred(c.getLearnerName(), name, 12));
        document.add(centred(language.text("certificate.pdf.completed"), small, 24));
        document.add(centred(c.getCourseTitle(), course, 12));
        document.add(centred(language.text("certificate.pdf.on", issuedOn), small, 24));
        document.add(centred(language.text("certificate.pdf.code"), small, 30));
        document.add(centred(c.getCode(), code, 6));
        document.add(centred(language.text("certificate.pdf.check"), small, 6));
        document.add(centred((publicUrl.isEmpty() ? "" : publicUrl) + "/verify/" + c.getCode(), small, 2));
        document.close();
        return out.toByteArray();
    }

    /** Each character in the first bundled font that has it: Arabic letters, then Latin ones. */
    private record Fonts(FontSelector selector) {
        Fonts(boolean bold, float size, boolean rtl) {
            this(selector(bold, size, rtl));
        }

        private static FontSelector selector(boolean bold, float size, boolean rtl) {
            FontSelector selector = new FontSelector();
            Font arabic = font(bold ? ARABIC_BOLD : ARABIC, size);
            Font latin = font(bold ? LATIN_BOLD : LATIN, size);
            if (rtl) {
                LayoutProcessor.setRunDirectionRtl(arabic);
                selector.addFont(arabic);
                selector.addFont(latin);
            } else {
                selector.addFont(latin);
                selector.addFont(arabic);
            }
            return selector;
        }

        private static Font font(String resource, float size) {
            try {
                return new Font(BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Paragraph centred(String text, Fonts fonts, float spacingBefore) {
        Phrase phrase = fonts.selector().process(text);
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }
}
