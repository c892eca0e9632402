package org.imc.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.PlainText;

import java.time.LocalDate;

/**
 * A national or multinational local-government association tied to the network, with its
 * agreement dates and the liaison who looks after it.
 */
@Entity
@Table(name = "affiliate")
public class Affiliate extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String name = "";

    @Size(max = 30, message = "{validation.max-length}")
    @PlainText
    @Column(length = 30)
    private String acronym;

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 80)
    private String country = "";

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AffiliateScope scope = AffiliateScope.NATIONAL;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", nullable = false, length = 30)
    private RelationshipType relationshipType = RelationshipType.PARTNERSHIP;

    @Column(name = "agreement_start")
    private LocalDate agreementStart;

    @Column(name = "agreement_end")
    private LocalDate agreementEnd;

    @Column(name = "liaison_id")
    private Long liaisonId;

    @Size(max = 2000, message = "{validation.max-length}")
    @Column(length = 2000)
    private String notes;

    public Affiliate() {
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isAgreementPeriodValid() {
        return agreementStart == null || agreementEnd == null || !agreementEnd.isBefore(agreementStart);
    }

    /** A copy for editing, so a cancelled or refused edit never touches the shown row. */
    public Affiliate copy() {
        Affiliate copy = new Affiliate();
        copy.name = name;
        copy.acronym = acronym;
        copy.country = country;
        copy.scope = scope;
        copy.relationshipType = relationshipType;
        copy.agreementStart = agreementStart;
        copy.agreementEnd = agreementEnd;
        copy.liaisonId = liaisonId;
        copy.notes = notes;
        return copy;
    }

    void copyFrom(Affiliate other) {
        name = other.name.trim();
        acronym = other.acronym == null || other.acronym.isBlank() ? null : other.acronym.trim();
        country = other.country.trim();
        scope = other.scope;
        relationshipType = other.relationshipType;
        agreementStart = other.agreementStart;
        agreementEnd = other.agreementEnd;
        liaisonId = other.liaisonId;
        notes = other.notes == null || other.notes.isBlank() ? null : other.notes.trim();
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
