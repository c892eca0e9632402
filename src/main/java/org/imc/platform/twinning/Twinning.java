package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.SubProgramme;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A twinning between two municipalities: the proposal (themes and message), its vetting and the
 * partner's decision, both mayors' signatures and, once active, the partnership itself. Changes
 * go through {@link TwinningService}, which checks the actor and the transition.
 */
@Entity
@Table(name = "twinning")
public class Twinning extends BaseEntity {

    @Column(name = "proposer_id", nullable = false, updatable = false)
    private Long proposerId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TwinningStatus status = TwinningStatus.PROPOSED;

    @Column(name = "open_pair", length = 41)
    private String openPair;

    @Convert(converter = ThemesConverter.class)
    @Column(nullable = false, length = 600)
    private Set<SubProgramme> themes = EnumSet.noneOf(SubProgramme.class);

    @Column(nullable = false, length = 2000)
    private String message;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private Long proposedBy;

    @Column(name = "vetted_by")
    private Long vettedBy;

    @Column(name = "vetted_at")
    private Instant vettedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "proposer_signed_by")
    private Long proposerSignedBy;

    @Column(name = "proposer_signed_at")
    private Instant proposerSignedAt;

    @Column(name = "partner_signed_by")
    private Long partnerSignedBy;

    @Column(name = "partner_signed_at")
    private Instant partnerSignedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "closing_summary", length = 4000)
    private String closingSummary;

    protected Twinning() {
    }

    Twinning(Long proposerId, Long partnerId, Set<SubProgramme> themes, String message, Long proposedBy) {
        this.proposerId = proposerId;
        this.partnerId = partnerId;
        this.themes = EnumSet.copyOf(themes);
        this.message = message;
        this.proposedBy = proposedBy;
        this.openPair = pairKey(proposerId, partnerId);
    }

    /** The normalised pair: the same for A→B and B→A. */
    static String pairKey(Long a, Long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    void moveTo(TwinningStatus next) {
        status = next;
        openPair = next.isOpen() ? pairKey(proposerId, partnerId) : null;
    }

    void vetted(Long userId, Instant at) {
        vettedBy = userId;
        vettedAt = at;
    }

    void decided(Long userId, Instant at, String why) {
        decidedBy = userId;
        decidedAt = at;
        if (why != null) {
            reason = why;
        }
    }

    void signedByProposer(Long userId, Instant at) {
        proposerSignedBy = userId;
        proposerSignedAt = at;
    }

    void signedByPartner(Long userId, Instant at) {
        partnerSignedBy = userId;
        partnerSignedAt = at;
    }

    void activated(Instant at) {
        if (activatedAt == null) {
            activatedAt = at;
        }
    }

    void concluded(String summary) {
        closingSummary = summary;
    }

    public boolean involves(Long municipalityId) {
        return municipalityId != null && (municipalityId.equals(proposerId) || municipalityId.equals(partnerId));
    }

    /** The other municipality, seen from one of the two. */
    public Long otherThan(Long municipalityId) {
        return proposerId.equals(municipalityId) ? partnerId : proposerId;
    }

    public boolean isPartnership() {
        return TwinningStatus.PARTNERSHIP.contains(status);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("proposer", proposerId);
        map.put("partner", partnerId);
        map.put("themes", themes);
        map.put("reason", reason);
        map.put("proposerSignedBy", proposerSignedBy);
        map.put("partnerSignedBy", partnerSignedBy);
        map.put("closingSummary", closingSummary);
        return map;
    }

    public Long getProposerId() {
        return proposerId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public TwinningStatus getStatus() {
        return status;
    }

    public Set<SubProgramme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(SubProgramme.class) : EnumSet.copyOf(themes);
    }

    public String getMessage() {
        return message;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    public Long getVettedBy() {
        return vettedBy;
    }

    public Instant getVettedAt() {
        return vettedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getProposerSignedBy() {
        return proposerSignedBy;
    }

    public Instant getProposerSignedAt() {
        return proposerSignedAt;
    }

    public Long getPartnerSignedBy() {
        return partnerSignedBy;
    }

    public Instant getPartnerSignedAt() {
        return partnerSignedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getClosingSummary() {
        return closingSummary;
    }
}
