package org.imc.platform.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.imc.platform.base.PlainText;

/** An affiliate agreement as the form edits it and the service validates it. */
public record AgreementData(
        @NotNull(message = "{validation.required}") RelationshipType relationshipType,
        @NotNull(message = "{validation.required}") LocalDate startDate,
        @NotNull(message = "{validation.required}") LocalDate endDate,
        Long liaisonUserId,

        @Size(max = NAME_MAX, message = "{validation.max-length}") @PlainText
        String imcSignatoryName,

        @Size(max = NAME_MAX, message = "{validation.max-length}") @PlainText
        String imcSignatoryTitle,

        LocalDate imcSignedOn,

        @Size(max = NAME_MAX, message = "{validation.max-length}") @PlainText
        String affiliateSignatoryName,

        @Size(max = NAME_MAX, message = "{validation.max-length}") @PlainText
        String affiliateSignatoryTitle,

        LocalDate affiliateSignedOn,
        Set<String> emphasisAreas) {

    public static final int NAME_MAX = 120;

    public static AgreementData blank() {
        return new AgreementData(RelationshipType.PARTNERSHIP, null, null, null, "", "", null, "", "", null, Set.of());
    }

    public static AgreementData of(AffiliateAgreement a) {
        return new AgreementData(
                a.getRelationshipType(),
                a.getStartDate(),
                a.getEndDate(),
                a.getLiaisonUserId(),
                a.getImcSignatoryName(),
                a.getImcSignatoryTitle(),
                a.getImcSignedOn(),
                a.getAffiliateSignatoryName(),
                a.getAffiliateSignatoryTitle(),
                a.getAffiliateSignedOn(),
                Set.copyOf(a.getEmphasisAreas()));
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    /** A signature is a name with its date: neither without the other. */
    @AssertTrue(message = "{agreement.validation.signature}")
    public boolean isSignaturesComplete() {
        return complete(imcSignatoryName, imcSignedOn) && complete(affiliateSignatoryName, affiliateSignedOn);
    }

    private static boolean complete(String name, LocalDate on) {
        return (name == null || name.isBlank()) == (on == null);
    }
}
