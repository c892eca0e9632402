package org.imc.platform.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.PlainText;

/**
 * An affiliate organisation as the form edits it and the service validates it; the entity
 * copies from it (trimmed).
 */
public record AffiliateData(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") @PlainText
        String name,

        @Size(max = 30, message = "{validation.max-length}") @PlainText
        String acronym,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.max-length}") @PlainText
        String country,

        @NotNull(message = "{validation.required}") AffiliateScope scope,
        @NotNull(message = "{validation.required}") RelationshipType relationshipType,
        Long liaisonUserId,

        @Size(max = 2000, message = "{validation.max-length}")
        String notes) {

    /** What a new affiliate's form starts with. */
    public static AffiliateData blank() {
        return new AffiliateData("", null, "", AffiliateScope.NATIONAL, RelationshipType.PARTNERSHIP, null, null);
    }
}
