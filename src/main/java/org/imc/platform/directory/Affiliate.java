package org.imc.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.Formula;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.FreeText;

/**
 * A national or multinational local-government association tied to the network and the liaison
 * who looks after it. Its agreement dates are those of its current agreement (the latest by start
 * date), read from the agreements (never a copy of its own), so the list shows and sorts by them
 * in the database.
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

    @Formula(DirectoryQueries.CURRENT_AGREEMENT_START)
    private LocalDate agreementStart;

    @Formula(DirectoryQueries.CURRENT_AGREEMENT_END)
    private LocalDate agreementEnd;

    @Column(name = "liaison_id")
    private Long liaisonUserId;

    @Column(length = 2000)
    private String notes;

    public Affiliate() {}

    /** The values as a form edits them (a copy: a cancelled or refused edit never touches this record). */
    public AffiliateData data() {
        return new AffiliateData(name, acronym, country, scope, relationshipType, liaisonUserId, notes);
    }

    void copyFrom(AffiliateData data) {
        name = data.name().trim();
        acronym = FreeText.trimmedOrNull(data.acronym());
        country = data.country().trim();
        scope = data.scope();
        relationshipType = data.relationshipType();
        liaisonUserId = data.liaisonUserId();
        notes = FreeText.trimmedOrNull(data.notes());
    }

    /** Takes the type and liaison of its latest agreement. */
    void mirror(AffiliateAgreement latest) {
        relationshipType = latest.getRelationshipType();
        liaisonUserId = latest.getLiaisonUserId();
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
                "liaisonId",
                liaisonUserId);
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

    public Long getLiaisonUserId() {
        return liaisonUserId;
    }

    public String getNotes() {
        return notes;
    }
}
