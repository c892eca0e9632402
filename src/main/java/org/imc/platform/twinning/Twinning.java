package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.SubProgramme;

/**
 * A twinning between two municipalities: the proposal (themes and message), its vetting and the
 * partner's decision, both mayors' signatures and, once active, the partnership itself. It
 * applies an action to itself ({@link #apply}) and refuses one its status does not allow;
 * {@link TwinningService} decides who may act and calls it.
 */
@Entity
@Table(name = "twinning")
public class Twinning extends BaseEntity {

    @Column(name = "proposer_id", nullable = false, updatable = false)
    private Long proposerMunicipalityId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerMunicipalityId;

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
    private Long proposedByUserId;

    @Column(name = "vetted_by")
    private Long vettedByUserId;

    @Column(name = "vetted_at")
    private Instant vettedAt;

    @Column(name = "decided_by")
    private Long decidedByUserId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "proposer_signed_by")
    private Long proposerSignedByUserId;

    @Column(name = "proposer_signed_at")
    private Instant proposerSignedAt;

    @Column(name = "partner_signed_by")
    private Long partnerSignedByUserId;

    @Column(name = "partner_signed_at")
    private Instant partnerSignedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "closing_summary", length = 4000)
    private String closingSummary;

    protected Twinning() {}

    Twinning(
            Long proposerMunicipalityId,
            Long partnerMunicipalityId,
            Set<SubProgramme> themes,
            String message,
            Long proposedByUserId) {
        this.proposerMunicipalityId = proposerMunicipalityId;
        this.partnerMunicipalityId = partnerMunicipalityId;
        this.themes = EnumSet.copyOf(themes);
        this.message = message;
        this.proposedByUserId = proposedByUserId;
        this.openPair = pairKey(proposerMunicipalityId, partnerMunicipalityId);
    }

    /** The normalised pair of municipality ids: the same for A→B and B→A. */
    static String pairKey(Long a, Long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    /**
     * Applies {@code action}, taken by a user acting for {@code actorMunicipalityId} (null for a
     * liaison), who saw this twinning at {@code expectedVersion}. Refuses, in this order: an
     * action the status does not allow ({@code twinning.error.now.<STATUS>}), a second signature
     * of the same side, an out-of-date copy, and a missing or unfit reason or summary. The
     * caller has checked that the user may take the action at all.
     */
    void apply(
            TwinningAction action,
            long expectedVersion,
            Long actorUserId,
            Long actorMunicipalityId,
            Instant at,
            String text) {
        TwinningStatus next =
                status.after(action).orElseThrow(() -> new BusinessException("twinning.error.now." + status.name()));
        if (action == TwinningAction.SIGN && hasSigned(actorMunicipalityId)) {
            throw new BusinessException("twinning.error.already-signed");
        }
        requireVersion(expectedVersion);
        String written =
                action.needsText() ? FreeText.required(text, action.textMax(), action.textRequiredKey()) : null;
        switch (action) {
            case VET -> vetted(actorUserId, at);
            case REJECT -> {
                vetted(actorUserId, at);
                decided(actorUserId, at, written);
            }
            case ACCEPT, DECLINE -> decided(actorUserId, at, written);
            case SIGN -> {
                signedFor(actorMunicipalityId, actorUserId, at);
                if (!bothSigned()) {
                    // the table's SIGN → ACTIVE waits for the second signature
                    next = TwinningStatus.ACCEPTED;
                } else if (activatedAt == null) {
                    activatedAt = at;
                }
            }
            case CONCLUDE -> closingSummary = written;
            case WITHDRAW, SUSPEND, RESUME -> {
                // the status change is all there is to it
            }
        }
        status = next;
        openPair = next.isOpen() ? pairKey(proposerMunicipalityId, partnerMunicipalityId) : null;
    }

    /**
     * The actions this twinning's status allows a user of {@code actorMunicipalityId} (null for
     * none) now, whoever may take them: a mayor whose side has signed is not offered SIGN again.
     */
    Set<TwinningAction> actionsOpenTo(Long actorMunicipalityId) {
        Set<TwinningAction> actions = status.actions();
        if (actions.contains(TwinningAction.SIGN) && hasSigned(actorMunicipalityId)) {
            actions.remove(TwinningAction.SIGN);
        }
        return actions;
    }

    private boolean hasSigned(Long municipalityId) {
        if (municipalityId == null) {
            return false;
        }
        if (municipalityId.equals(partnerMunicipalityId)) {
            return partnerSignedByUserId != null;
        }
        return municipalityId.equals(proposerMunicipalityId) && proposerSignedByUserId != null;
    }

    private boolean bothSigned() {
        return proposerSignedByUserId != null && partnerSignedByUserId != null;
    }

    private void vetted(Long userId, Instant at) {
        vettedByUserId = userId;
        vettedAt = at;
    }

    private void decided(Long userId, Instant at, String why) {
        decidedByUserId = userId;
        decidedAt = at;
        if (why != null) {
            reason = why;
        }
    }

    private void signedFor(Long municipalityId, Long userId, Instant at) {
        if (partnerMunicipalityId.equals(municipalityId)) {
            partnerSignedByUserId = userId;
            partnerSignedAt = at;
        } else if (proposerMunicipalityId.equals(municipalityId)) {
            proposerSignedByUserId = userId;
            proposerSignedAt = at;
        } else {
            throw new IllegalArgumentException("Only the two municipalities sign, not " + municipalityId);
        }
    }

    public boolean involves(Long municipalityId) {
        return municipalityId != null
                && (municipalityId.equals(proposerMunicipalityId) || municipalityId.equals(partnerMunicipalityId));
    }

    /** The other municipality, seen from one of the two. */
    public Long otherThan(Long municipalityId) {
        return proposerMunicipalityId.equals(municipalityId) ? partnerMunicipalityId : proposerMunicipalityId;
    }

    public boolean isPartnership() {
        return TwinningStatus.PARTNERSHIP.contains(status);
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "status", status,
                "proposer", proposerMunicipalityId,
                "partner", partnerMunicipalityId,
                "themes", themes,
                "reason", reason,
                "proposerSignedBy", proposerSignedByUserId,
                "partnerSignedBy", partnerSignedByUserId,
                "closingSummary", closingSummary);
    }

    public Long getProposerMunicipalityId() {
        return proposerMunicipalityId;
    }

    public Long getPartnerMunicipalityId() {
        return partnerMunicipalityId;
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

    public Long getProposedByUserId() {
        return proposedByUserId;
    }

    public Long getVettedByUserId() {
        return vettedByUserId;
    }

    public Instant getVettedAt() {
        return vettedAt;
    }

    public Long getDecidedByUserId() {
        return decidedByUserId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getProposerSignedByUserId() {
        return proposerSignedByUserId;
    }

    public Instant getProposerSignedAt() {
        return proposerSignedAt;
    }

    public Long getPartnerSignedByUserId() {
        return partnerSignedByUserId;
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
