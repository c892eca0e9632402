package org.imc.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/**
 * One need or offer of a municipality: a sub-programme tag and what exactly is needed or offered.
 */
@Embeddable
public record MunicipalResource(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 10)
        ResourceKind kind,

        @NotNull(message = "{validation.required}")
        @Enumerated(EnumType.STRING)
        @Column(name = "sub_programme", nullable = false, length = 40)
        SubProgramme subProgramme,

        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.max-length}")
        @PlainText
        @Column(name = "description", nullable = false, length = 500)
        String description) {}
