package org.imc.platform.fund.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.imc.platform.fund.ApplicationDocuments;
import org.junit.jupiter.api.Test;

/**
 * The upload target of supporting documents refuses a body beyond 10 MB while reading it: a
 * 60 MB request is neither read to its end nor held in memory.
 */
class DocumentUploadTest {

    private static final long SIXTY_MEGABYTES = 60L * 1024 * 1024;

    private final List<byte[]> received = new ArrayList<>();
    private final UploadHandler handler =
            DocumentsPanel.uploadHandler((name, bytes) -> received.add(bytes), name -> {});

    @Test
    void aSixtyMegabyteBodyOfUndeclaredLengthIsRefusedWithoutReadingItAll() throws Exception {
        EndlessPdf body = new EndlessPdf(SIXTY_MEGABYTES);
        UploadEvent event = upload(body, -1);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();

        handle(event);

        // what the upload keeps once it is over (garbage of at most the limit comes and goes)
        System.gc();
        long heapGrowth = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        assertThat(body.read).isLessThanOrEqualTo(ApplicationDocuments.MAX_DOCUMENT_BYTES + 64 * 1024L);
        assertThat(received).isEmpty();
        assertThat(event.isRejected()).isTrue();
        assertThat(heapGrowth).isLessThan(30L * 1024 * 1024);
    }

    @Test
    void aDeclaredSixtyMegabyteBodyIsRefusedBeforeReading() throws Exception {
        EndlessPdf body = new EndlessPdf(SIXTY_MEGABYTES);
        UploadEvent event = upload(body, SIXTY_MEGABYTES);

        handle(event);

        assertThat(body.read).isZero();
        assertThat(received).isEmpty();
        assertThat(event.isRejected()).isTrue();
    }

    @Test
    void aDocumentWithinTheLimitIsHandedOn() throws Exception {
        EndlessPdf body = new EndlessPdf(2 * 1024 * 1024);
        UploadEvent event = upload(body, 2 * 1024 * 1024);

        handle(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(received).hasSize(1);
        assertThat(received.getFirst()).hasSize(2 * 1024 * 1024);
    }

    private void handle(UploadEvent event) {
        try {
            handler.handleUploadRequest(event);
        } catch (Exception | OutOfMemoryError e) {
            // what matters is how much was read and kept, asserted by the caller
        }
    }

    private static UploadEvent upload(InputStream body, long declaredLength) throws Exception {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        when(request.getContentLengthLong()).thenReturn(declaredLength);
        return new UploadEvent(
                request,
                mock(VaadinResponse.class),
                mock(VaadinSession.class),
                "plan.pdf",
                declaredLength,
                "application/pdf",
                new Element("vaadin-upload"),
                null);
    }

    /** A PDF header followed by as many bytes as asked for, made up while read; counts what was read. */
    private static final class EndlessPdf extends InputStream {
        private final long length;
        long read;

        EndlessPdf(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            return "%PDF-".getBytes()[(int) Math.min(read++, 4)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (read + i < 5 ? "%PDF-".charAt((int) (read + i)) : 'x');
            }
            read += n;
            return n;
        }
    }
}
