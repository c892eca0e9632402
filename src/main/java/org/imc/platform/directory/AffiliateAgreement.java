package org.imc.platform.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.FreeText;

/**
 * One signed agreement between the network and an affiliate organisation: how they are tied,
 * for which period, who signed on each side, the areas of emphasis and the liaison who runs it.
 * Its annual work plans are the work-plan module's (owner kind AGREEMENT).
 */
@Entity
@Table(name = "affiliate_agreement")
public class AffiliateAgreement extends BaseEntity {

    /** How long before its end an agreement is due for renewal (and its liaison is told, once). */
    public static final int RENEWAL_DAYS = 60;

    @Column(name = "affiliate_id", nullable = false, updatable = false)
    private Long affiliateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", nullable = false, length = 30)
    private RelationshipType relationshipType;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "liaison_id")
    private Long liaisonUserId;

    @Column(name = "imc_signatory_name", length = AgreementData.NAME_MAX)
    private String imcSignatoryName;

    @Column(name = "imc_signatory_title", length = AgreementData.NAME_MAX)
    private String imcSignatoryTitle;

    @Column(name = "imc_signed_on")
    private LocalDate imcSignedOn;

    @Column(name = "affiliate_signatory_name", length = AgreementData.NAME_MAX)
    private String affiliateSignatoryName;

    @Column(name = "affiliate_signatory_title", length = AgreementData.NAME_MAX)
    private String affiliateSignatoryTitle;

    @Column(name = "affiliate_signed_on")
    private LocalDate affiliateSignedOn;

    @Column(name = "renewal_notified_on")
    private LocalDate renewalNotifiedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "affiliate_agreement_emphasis", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "area_code", length = 40)
    private Set<String> emphasisAreas = new HashSet<>();

    protected AffiliateAgreement() {}

    AffiliateAgreement(Long affiliateId, AgreementData data) {
        this.affiliateId = affiliateId;
        update(data);
    }

    void update(AgreementData data) {
        if (!data.endDate().equals(endDate)) {
            // a new end date is a new renewal reminder
            renewalNotifiedOn = null;
        }
        relationshipType = data.relationshipType();
        startDate = data.startDate();
        endDate = data.endDate();
        liaisonUserId = data.liaisonUserId();
        imcSignatoryName = FreeText.trimmedOrNull(data.imcSignatoryName());
        imcSignatoryTitle = FreeText.trimmedOrNull(data.imcSignatoryTitle());
        imcSignedOn = data.imcSignedOn();
        affiliateSignatoryName = FreeText.trimmedOrNull(data.affiliateSignatoryName());
        affiliateSignatoryTitle = FreeText.trimmedOrNull(data.affiliateSignatoryTitle());
        affiliateSignedOn = data.affiliateSignedOn();
        emphasisAreas.clear();
        emphasisAreas.addAll(data.emphasisAreas() == null ? Set.of() : data.emphasisAreas());
    }

    void renewalNotified(LocalDate today) {
        renewalNotifiedOn = today;
    }

    /** Where the agreement stands on {@code today}. */
    public AgreementState state(LocalDate today) {
        if (today.isBefore(startDate)) {
            return AgreementState.UPCOMING;
        }
        if (today.isAfter(endDate)) {
            return AgreementState.EXPIRED;
        }
        return endDate.isAfter(today.plusDays(RENEWAL_DAYS)) ? AgreementState.ACTIVE : AgreementState.ENDING;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "affiliate", affiliateId,
                "relationshipType", relationshipType,
                "start", startDate,
                "end", endDate,
                "liaisonId", liaisonUserId,
                "imcSignatory", imcSignatoryName + ", " + imcSignatoryTitle + ", " + imcSignedOn,
                "affiliateSignatory",
                        affiliateSignatoryName + ", " + affiliateSignatoryTitle + ", " + affiliateSignedOn,
                "emphasis", new TreeSet<>(emphasisAreas));
    }

    public Long getAffiliateId() {
        return affiliateId;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getLiaisonUserId() {
        return liaisonUserId;
    }

    public String getImcSignatoryName() {
        return imcSignatoryName;
    }

    public String getImcSignatoryTitle() {
        return imcSignatoryTitle;
    }

    public LocalDate getImcSignedOn() {
        return imcSignedOn;
    }

    public String getAffiliateSignatoryName() {
        return affiliateSignatoryName;
    }

    public String getAffiliateSignatoryTitle() {
        return affiliateSignatoryTitle;
    }

    public LocalDate getAffiliateSignedOn() {
        return affiliateSignedOn;
    }

    public LocalDate getRenewalNotifiedOn() {
        return renewalNotifiedOn;
    }

    public List<String> getEmphasisAreas() {
        return emphasisAreas.stream().sorted().toList();
    }
}
