package org.imc.platform.fund.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.DocumentUpload;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.fund.ApplicationDocuments;
import org.imc.platform.fund.DocumentContent;
import org.imc.platform.fund.DocumentInfo;
import org.imc.platform.fund.FundApplication;

/**
 * An application's supporting documents: the list with download links, and the upload while
 * the applicant may still add documents.
 */
class DocumentsPanel extends VerticalLayout {

    final Grid<DocumentInfo> grid = new Grid<>(DocumentInfo.class, false);
    /** Null when the signed-in user may not add documents now. */
    final Upload upload;

    DocumentsPanel(ApplicationDocuments documents, FundApplication application) {
        setWidthFull();
        setPadding(false);
        add(new H2(getTranslation("fund.documents.title")));
        grid.addComponentColumn(d -> {
                    Anchor link = new Anchor(
                            DownloadHandler.fromInputStream(event -> {
                                DocumentContent content = documents.download(d.id());
                                return new DownloadResponse(
                                        new ByteArrayInputStream(content.content()),
                                        content.fileName(),
                                        content.contentType(),
                                        content.content().length);
                            }),
                            d.fileName());
                    link.getElement().setAttribute("download", true);
                    return link;
                })
                .setHeader(getTranslation("fund.documents.name"))
                .setFlexGrow(3);
        grid.addColumn(DocumentInfo::contentType)
                .setHeader(getTranslation("fund.documents.type"))
                .setAutoWidth(true);
        grid.addColumn(d -> Formats.number(Math.max(1, d.sizeBytes() / 1024)) + " KB")
                .setHeader(getTranslation("fund.documents.size"))
                .setAutoWidth(true);
        // on a phone: name and size
        PhoneColumns.keep(grid, 0, 2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("fund.documents.title"));
        grid.setItems(documents.list(application.getId()));
        add(grid);
        if (!documents.canAdd(application)) {
            upload = null;
            return;
        }
        upload = new Upload(uploadHandler(
                (fileName, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    if (UserMessages.attempt(() -> documents.add(application.getId(), fileName, bytes))) {
                        UserMessages.showSuccess("fund.documents.added", fileName);
                        grid.setItems(documents.list(application.getId()));
                    }
                })),
                fileName -> getUI().ifPresent(ui -> ui.access(() -> UserMessages.showError(new BusinessException(
                        "fund.error.document-too-large", ApplicationDocuments.MAX_DOCUMENT_BYTES / (1024 * 1024)))))));
        ComponentTexts.upload(upload);
        upload.setMaxFileSize(ApplicationDocuments.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> UserMessages.showError(
                new BusinessException("fund.documents.rejected", e.getFileName(), e.getErrorMessage())));
        upload.getElement().setAttribute("aria-label", getTranslation("fund.documents.upload"));
        add(new Paragraph(getTranslation("fund.documents.rules")), upload);
    }

    /** The upload target: refuses more than 10 MB while reading, hands an accepted document to {@code received}. */
    static UploadHandler uploadHandler(
            SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> tooLarge) {
        return new DocumentUpload(ApplicationDocuments.MAX_DOCUMENT_BYTES, received, tooLarge);
    }
}
