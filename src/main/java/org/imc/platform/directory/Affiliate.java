package org.imc.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * A national or multinational local-government association tied to the network, with its
 * agreement dates and the liaison who looks after it.
 */
@Entity
@Table(name = "affiliate")
public class Affiliate extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(length = 30)
    private String acronym;

    @Column(nullable = false, length = 80)
    private String country = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AffiliateScope scope = AffiliateScope.NATIONAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", nullable = false, length = 30)
    private RelationshipType relationshipType = RelationshipType.PARTNERSHIP;

    @Column(name = "agreement_start")
    private LocalDate agreementStart;

    @Column(name = "agreement_end")
    private LocalDate agreementEnd;

    @Column(name = "liaison_id")
    private Long liaisonId;

    @Column(length = 2000)
    private String notes;

    public Affiliate() {}

    /** The values as a form edits them: a copy, so a cancelled or refused edit never touches this record. */
    public AffiliateData data() {
        AffiliateData data = new AffiliateData();
        data.setName(name);
        data.setAcronym(acronym);
        data.setCountry(country);
        data.setScope(scope);
        data.setRelationshipType(relationshipType);
        data.setAgreementStart(agreementStart);
        data.setAgreementEnd(agreementEnd);
        data.setLiaisonId(liaisonId);
        data.setNotes(notes);
        return data;
    }

    void copyFrom(AffiliateData other) {
        name = other.getName().trim();
        acronym = other.getAcronym() == null || other.getAcronym().isBlank()
                ? null
                : other.getAcronym().trim();
        country = other.getCountry().trim();
        scope = other.getScope();
        relationshipType = other.getRelationshipType();
        agreementStart = other.getAgreementStart();
        agreementEnd = other.getAgreementEnd();
        liaisonId = other.getLiaisonId();
        notes = other.getNotes() == null || other.getNotes().isBlank()
                ? null
                : other.getNotes().trim();
    }

    /** What the audit trail keeps of it. */
    public Map<String, Object> snapshot() {
        return Snapshot.of(
                "name",
                name,
                "acronym",
                acronym,
                "country",
                country,
                "scope",
                scope,
                "relationshipType",
                relationshipType,
                "agreementStart",
                agreementStart,
                "agreementEnd",
                agreementEnd,
                "liaisonId",
                liaisonId);
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getCountry() {
        return country;
    }

    public AffiliateScope getScope() {
        return scope;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    public Long getLiaisonId() {
        return liaisonId;
    }

    public String getNotes() {
        return notes;
    }
}
