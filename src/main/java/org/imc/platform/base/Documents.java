package org.imc.platform.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one rule for files that users upload (a loan application's supporting documents, a course's
 * materials): at most {@link #MAX_BYTES}, the type taken from the content's first bytes (never from
 * what the browser declared), and a safe base name with the extension of that type.
 */
public final class Documents {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private Documents() {}

    /** PDF, PNG or JPEG by the content's signature; null for anything else. */
    public static String detectType(byte[] c) {
        if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        return null;
    }

    /**
     * {@link #detectType} plus slides: a PowerPoint (.pptx) or OpenDocument (.odp) presentation,
     * recognised by the ZIP signature and the entries that make it one; null for anything else.
     */
    public static String detectTypeOrSlides(byte[] c) {
        String type = detectType(c);
        if (type != null || !startsWith(c, 0x50, 0x4B, 0x03, 0x04)) {
            return type;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
            ZipEntry entry;
            for (int i = 0; i < 2_000 && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("ppt/presentation.xml")) {
                    return PPTX;
                }
                if (entry.getName().equals("mimetype")) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return ODP.equals(mime) ? ODP : null;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The extension of a type {@link #detectTypeOrSlides} recognised. */
    public static String extension(String type) {
        return switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            case PPTX -> ".pptx";
            case ODP -> ".odp";
            default -> ".jpg";
        };
    }

    /** The base name only, in safe characters, with the extension of the detected type. */
    public static String safeFileName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("^[. ]+", "").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + extension(type);
    }
}
