package org.imc.platform.learning;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a one-page landscape PDF with OpenPDF: learner, course, date of
 * completion and the verification code with the address where it can be checked.
 */
@Component
class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String publicUrl;

    CertificatePdf(@Value("${imc.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    byte[] render(Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificate of completion - " + c.getCourseTitle());
        document.addAuthor("International Municipal Collaboration");
        document.open();
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 12);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30);
        Font name = FontFactory.getFont(FontFactory.TIMES_BOLDITALIC, 28);
        Font course = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font code = FontFactory.getFont(FontFactory.COURIER_BOLD, 14);
        document.add(centred("International Municipal Collaboration", small, 0));
        document.add(centred("Certificate of completion", title, 24));
        document.add(centred("This certifies that", small, 24));
        document.add(centred(c.getLearnerName(), name, 12));
        document.add(centred("has completed the course", small, 24));
        document.add(centred(c.getCourseTitle(), course, 12));
        document.add(centred("on " + DATE.format(c.getIssuedOn()), small, 24));
        document.add(centred("Verification code", small, 30));
        document.add(centred(c.getCode(), code, 6));
        document.add(
                centred("Check it at " + (publicUrl.isEmpty() ? "" : publicUrl) + "/verify/" + c.getCode(), small, 6));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }
}
