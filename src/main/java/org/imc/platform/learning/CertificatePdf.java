package org.imc.platform.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imc.platform.base.Language;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
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
 * is switched on once for the whole application (certificates are its only PDFs).
 */
@Component
class CertificatePdf {

    private static final String LATIN = "fonts/NotoSans-Regular.ttf";
    private static final String LATIN_BOLD = "fonts/NotoSans-Bold.ttf";
    private static final String ARABIC = "fonts/NotoNaskhArabic-Regular.ttf";
    private static final String ARABIC_BOLD = "fonts/NotoNaskhArabic-Bold.ttf";

    static {
        // glyph layout by Java's text engine: joins Arabic letters; no optional Latin ligatures
        // (an "fi" ligature would copy out of the PDF as one odd character), and the text is kept
        // as written for copying and searching
        LayoutProcessor.enable();
        LayoutProcessor.setWriteActualText();
    }

    private final String publicUrl;

    CertificatePdf(@Value("${imc.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    byte[] render(Certificate c, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(language.text("certificate.pdf.title") + " - " + c.getCourseTitle());
        document.addAuthor(language.text("certificate.pdf.issuer"));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.tag()));
        document.open();
        boolean rtl = language.rightToLeft();
        Fonts small = new Fonts(false, 12);
        Fonts title = new Fonts(true, 30);
        Fonts name = new Fonts(true, 28);
        Fonts course = new Fonts(true, 20);
        Fonts code = new Fonts(true, 14);
        String issuedOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(c.getIssuedOn());
        document.add(centred(language.text("certificate.pdf.issuer"), small, rtl, 0));
        document.add(centred(language.text("certificate.pdf.title"), title, rtl, 24));
        document.add(centred(language.text("certificate.pdf.certifies"), small, rtl, 24));
        document.add(centred(c.getLearnerName(), name, rtl, 12));
        document.add(centred(language.text("certificate.pdf.completed"), small, rtl, 24));
        document.add(centred(c.getCourseTitle(), course, rtl, 12));
        document.add(centred(language.text("certificate.pdf.on", issuedOn), small, rtl, 24));
        document.add(centred(language.text("certificate.pdf.code"), small, rtl, 30));
        document.add(centred(c.getCode(), code, rtl, 6));
        document.add(centred(language.text("certificate.pdf.check"), small, rtl, 6));
        document.add(centred((publicUrl.isEmpty() ? "" : publicUrl) + "/verify/" + c.getCode(), small, rtl, 2));
        document.close();
        return out.toByteArray();
    }

    /** The bundled fonts of one size: Latin letters (with accents) and digits, and Arabic. */
    private record Fonts(Font latin, Font arabic) {
        Fonts(boolean bold, float size) {
            this(font(bold ? LATIN_BOLD : LATIN, size), font(bold ? ARABIC_BOLD : ARABIC, size));
            LayoutProcessor.setRunDirectionRtl(arabic);
        }

        private static Font font(String resource, float size) {
            try {
                return new Font(BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean arabicHas(Fonts fonts, char c) {
        return fonts.arabic().getBaseFont().charExists(c);
    }

    /**
     * One centred line. The Unicode bidirectional algorithm ({@link Bidi}) cuts it into runs and
     * puts them in the order they are seen (right to left in an Arabic certificate); each
     * right-to-left run is set in the Arabic font and joined right to left, every other run (Latin
     * names, the code, digits of a date) in the Latin font left to right, so "2026" never turns
     * into "6202".
     */
    private static Paragraph centred(String text, Fonts fonts, boolean rtl, float spacingBefore) {
        Paragraph p = new Paragraph();
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        Bidi bidi = new Bidi(text, rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        for (int run : order) {
            String piece = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            if ((bidi.getRunLevel(run) & 1) == 0) {
                p.add(new Chunk(piece, fonts.latin()));
                continue;
            }
            // a right-to-left run: Arabic font, except for signs it lacks (a slash, say), which
            // come from the Latin font; the pieces are placed right to left
            List<Chunk> pieces = new ArrayList<>();
            int from = 0;
            for (int i = 1; i <= piece.length(); i++) {
                if (i == piece.length() || arabicHas(fonts, piece.charAt(i)) != arabicHas(fonts, piece.charAt(from))) {
                    String part = piece.substring(from, i);
                    pieces.add(new Chunk(part, arabicHas(fonts, part.charAt(0)) ? fonts.arabic() : fonts.latin()));
                    from = i;
                }
            }
            Collections.reverse(pieces);
            pieces.forEach(p::add);
        }
        if (runs == 0) {
            p.add(new Chunk("", fonts.latin()));
        }
        return p;
    }
}
