package org.imc.platform.base.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * The upload target of one supporting document. It reads the body while counting and stops one
 * byte past the limit, so a request of any size costs at most the limit in memory; the rest of
 * the body is never read (the container drops the connection). A declared length above the
 * limit is refused before reading anything. Vaadin's own limits ({@link #getRequestSizeMax()},
 * {@link #getFileSizeMax()}) say the same for multipart requests.
 */
public final class DocumentUpload implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;

    /**
     * @param received gets the file name and content of an accepted upload (on the request thread)
     * @param refused gets the file name of an upload refused as too large (on the request thread)
     */
    public DocumentUpload(
            int maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        InputStream body = event.getInputStream();
        byte[] content = body.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        received.accept(event.getFileName(), content);
    }

    private void refuse(UploadEvent event) {
        event.reject("too large");
        refused.accept(event.getFileName());
    }

    @Override
    public long getRequestSizeMax() {
        // the file plus its multipart framing
        return maxBytes + 64 * 1024L;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
