package org.imc.platform.learning;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;

/** A file attached to a module (PDF, slides, an image), checked by {@link org.imc.platform.base.Documents}. */
@Entity
@Table(name = "module_material")
class ModuleMaterial extends BaseEntity {

    @Column(name = "module_id", nullable = false, updatable = false)
    private Long moduleId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedByUserId;

    protected ModuleMaterial() {}

    ModuleMaterial(Long moduleId, String fileName, String contentType, byte[] content, Long uploadedByUserId) {
        this.moduleId = moduleId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedByUserId = uploadedByUserId;
    }

    Long getModuleId() {
        return moduleId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }
}
