package org.imc.platform.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploaded files are recognised by their content: slides by the entries that make a ZIP one, never by the name. */
class DocumentsTest {

    @Test
    void slidesAreRecognisedFromTheirEntriesAndOtherZipsAreNot() throws Exception {
        assertThat(Documents.detectTypeOrSlides(zip("[Content_Types].xml", "ppt/presentation.xml")))
                .isEqualTo(Documents.PPTX);
        assertThat(Documents.detectTypeOrSlides(odp("application/vnd.oasis.opendocument.presentation")))
                .isEqualTo(Documents.ODP);
        assertThat(Documents.detectTypeOrSlides(odp("application/vnd.oasis.opendocument.text")))
                .isNull();
        assertThat(Documents.detectTypeOrSlides(zip("word/document.xml"))).isNull();
        assertThat(Documents.detectTypeOrSlides("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(Documents.PDF);
        assertThat(Documents.detectTypeOrSlides("PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
        // the fund's documents stay PDF and images only
        assertThat(Documents.detectType(zip("ppt/presentation.xml"))).isNull();
        assertThat(Documents.safeFileName("../../Week 1: slides.key", Documents.PPTX))
                .isEqualTo("Week 1_ slides.pptx");
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] odp(String mimetype) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
