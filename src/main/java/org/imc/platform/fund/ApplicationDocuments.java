package org.imc.platform.fund;

import java.time.Clock;
import java.util.List;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Documents;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The supporting documents of loan applications: upload, listing and download. Who sees an
 * application sees its documents (its municipality's mayor and fund officers); only the applicant
 * adds them, while the application is a draft or the fund has asked for information. The type is
 * taken from the content's first bytes, never from what the browser declared.
 *
 * <p>Limits: 10 MB per document (the upload target stops reading beyond it), 10 documents per
 * application, and a storage cap per application and per municipality ({@code
 * imc.fund.documents.max-per-application}, {@code imc.fund.documents.max-per-municipality}).
 * An upload holds the application's row lock, so parallel uploads cannot pass the count and no
 * upload lands after the submission (which updates the same row), and then the municipality's
 * storage row lock, so uploads to several applications of one municipality cannot pass its cap
 * together. Locks are always taken in that order.
 */
@Service
@PreAuthorize(Roles.IS_MAYOR_OR_FUND_OFFICER)
public class ApplicationDocuments {

    public static final int MAX_DOCUMENT_BYTES = Documents.MAX_BYTES;
    public static final int MAX_DOCUMENTS = 10;

    private final FundDocumentRepository documents;
    private final FundApplicationService applications;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final FundQueries queries;
    private final long maxBytesPerApplication;
    private final long maxBytesPerMunicipality;

    ApplicationDocuments(
            FundDocumentRepository documents,
            FundApplicationService applications,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            FundQueries queries,
            @Value("${imc.fund.documents.max-per-application:50MB}") DataSize maxPerApplication,
            @Value("${imc.fund.documents.max-per-municipality:500MB}") DataSize maxPerMunicipality) {
        this.documents = documents;
        this.applications = applications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.queries = queries;
        this.maxBytesPerApplication = maxPerApplication.toBytes();
        this.maxBytesPerMunicipality = maxPerMunicipality.toBytes();
    }

    /** The documents of an application the signed-in user may see (not found otherwise). */
    @Transactional(readOnly = true)
    public List<DocumentInfo> list(Long applicationId) {
        applications.get(applicationId);
        return documents.infos(applicationId);
    }

    /** A document's content, for the applicant's mayor and for officers only; every download is audited. */
    @Transactional
    public DocumentContent download(Long documentId) {
        FundDocument document = documents.findById(documentId).orElseThrow(RecordNotFoundException::new);
        applications.get(document.getApplicationId());
        audit.record(
                "DOWNLOAD",
                "FundDocument",
                documentId,
                null,
                Snapshot.of("application", document.getApplicationId(), "fileName", document.getFileName()));
        return new DocumentContent(document.getFileName(), document.getContentType(), document.getContent());
    }

    /** Whether the signed-in user may add documents to this application now (for views; {@link #add} checks again). */
    public boolean canAdd(FundApplication application) {
        return currentUser.isMayorOf(application.getMunicipalityId())
                && application.getStatus().acceptsDocuments();
    }

    /**
     * Attaches a supporting document (PDF, PNG or JPEG, at most 10 MB, at most 10 per application)
     * for the applicant's mayor, while the application is a draft or answers a question. Refused
     * when empty, too large, of another type or one too many.
     */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public DocumentInfo add(Long applicationId, String fileName, byte[] content) {
        // the row locks first, before anything is read without a lock, so that the status and the
        // counts below are the committed ones: in a repeatable-read transaction the first plain
        // read fixes what every later one sees (loading the application entity reads its SDG
        // targets plainly, so it comes after the locks)
        Long municipalityId = queries.lockApplication(applicationId).orElseThrow(RecordNotFoundException::new);
        queries.lockMunicipalityStorage(municipalityId);
        FundApplication application = applications.get(applicationId);
        if (!currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        if (!application.getStatus().acceptsDocuments()) {
            throw new BusinessException("fund.error.documents-closed");
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("fund.error.document-empty");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new BusinessException("fund.error.document-too-large", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        String type = detectType(content);
        if (type == null) {
            throw new BusinessException("fund.error.document-type");
        }
        if (documents.countByApplicationId(applicationId) >= MAX_DOCUMENTS) {
            throw new BusinessException("fund.error.too-many-documents", MAX_DOCUMENTS);
        }
        if (documents.bytesOfApplication(applicationId) + content.length > maxBytesPerApplication) {
            throw new BusinessException("fund.error.application-storage-full", megabytes(maxBytesPerApplication));
        }
        if (documents.bytesOfMunicipality(application.getMunicipalityId()) + content.length > maxBytesPerMunicipality) {
            throw new BusinessException("fund.error.municipality-storage-full", megabytes(maxBytesPerMunicipality));
        }
        FundDocument saved = documents.save(new FundDocument(
                applicationId,
                safeFileName(fileName, type),
                type,
                content,
                currentUser.require().id(),
                clock.instant()));
        audit.record(
                "ADD_DOCUMENT",
                FundApplicationService.ENTITY,
                applicationId,
                null,
                Snapshot.of("document", saved.getFileName(), "bytes", content.length));
        return new DocumentInfo(
                saved.getId(), applicationId, saved.getFileName(), type, content.length, clock.instant());
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** PDF, PNG or JPEG by the content's signature; null for anything else ({@link Documents}). */
    static String detectType(byte[] c) {
        return Documents.detectType(c);
    }

    /** The base name only, in safe characters, with the extension of the detected type ({@link Documents}). */
    static String safeFileName(String name, String type) {
        return Documents.safeFileName(name, type);
    }
}
