package org.imc.platform.base;

/**
 * The rules every upload follows (fund documents, practice attachments): PDF, PNG or JPEG
 * recognised by the content's signature (never by the name the browser sends), at most
 * {@link #MAX_BYTES} bytes, stored under a safe base name with the extension of the detected type.
 */
public final class Uploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private Uploads() {}

    /** PDF, PNG or JPEG by the content's signature; null for anything else. */
    public static String detectType(byte[] c) {
        if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
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
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return base + extension;
    }
}
