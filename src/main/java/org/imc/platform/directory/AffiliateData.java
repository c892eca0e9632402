package org.imc.platform.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/**
 * An affiliate organisation as the form edits it and the service validates it; the entity copies from it.
 */
public class AffiliateData {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    private String name = "";

    @Size(max = 30, message = "{validation.max-length}")
    @PlainText
    private String acronym;

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.max-length}")
    @PlainText
    private String country = "";

    @NotNull(message = "{validation.required}")
    private AffiliateScope scope = AffiliateScope.NATIONAL;

    @NotNull(message = "{validation.required}")
    private RelationshipType relationshipType = RelationshipType.PARTNERSHIP;

    private LocalDate agreementStart;

    private LocalDate agreementEnd;

    private Long liaisonId;

    @Size(max = 2000, message = "{validation.max-length}")
    private String notes;

    public AffiliateData() {}

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isAgreementPeriodValid() {
        return agreementStart == null || agreementEnd == null || !agreementEnd.isBefore(agreementStart);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public AffiliateScope getScope() {
        return scope;
    }

    public void setScope(AffiliateScope scope) {
        this.scope = scope;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public void setRelationshipType(RelationshipType relationshipType) {
        this.relationshipType = relationshipType;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public void setAgreementStart(LocalDate agreementStart) {
        this.agreementStart = agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    public void setAgreementEnd(LocalDate agreementEnd) {
        this.agreementEnd = agreementEnd;
    }

    public Long getLiaisonId() {
        return liaisonId;
    }

    public void setLiaisonId(Long liaisonId) {
        this.liaisonId = liaisonId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
