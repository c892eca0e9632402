package org.imc.platform.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supporting document of an application (PDF, PNG or JPEG), kept in the database.
 */
@Entity
@Table(name = "fund_document")
class FundDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedByUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FundDocument() {}

    FundDocument(
            Long applicationId,
            String fileName,
            String contentType,
            byte[] content,
            Long uploadedByUserId,
            Instant createdAt) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedByUserId = uploadedByUserId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
