package org.imc.platform.twinning;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.db.OneAtATime;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Twinning proposals and their way to a partnership: proposing, and every action of
 * {@link TwinningAction} through {@link #perform}. Who may act ({@link #isActor}):
 * <ul>
 * <li>propose, withdraw: the mayor of the proposing municipality, for that municipality only;</li>
 * <li>vet, reject: a liaison;</li>
 * <li>accept, decline: the mayor of the partner municipality;</li>
 * <li>sign: each of the two mayors once, after acceptance; the second signature makes it ACTIVE;</li>
 * <li>suspend, resume, conclude: a liaison or either mayor.</li>
 * </ul>
 * Where an action leads is {@link TwinningStatus}'s table, applied by {@link Twinning} itself.
 * Transitions lock the twinning's row, so two people acting at once are served one after the
 * other and the second gets a clear refusal. Reading is {@link TwinningReader}'s, work plans and
 * exchanges are {@link PartnershipService}'s.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class TwinningService {

    static final String ENTITY = "Twinning";

    private final TwinningRepository twinnings;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TwinningNotifier notifier;
    private final MunicipalityService municipalities;
    private final Clock clock;
    private final ChangeFeed changes;

    TwinningService(
            TwinningRepository twinnings,
            CurrentUser currentUser,
            AuditService audit,
            TwinningNotifier notifier,
            MunicipalityService municipalities,
            Clock clock,
            ChangeFeed changes) {
        this.changes = changes;
        this.twinnings = twinnings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifier = notifier;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * A mayor proposes a twinning of their own municipality with another. Refuses a mayor of
     * another municipality (access denied), a proposal to oneself, an unknown partner and a pair
     * that already has an open twinning (in either direction).
     */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public Twinning propose(Long proposerMunicipalityId, @Valid ProposalDraft draft) {
        if (!currentUser.isMayorOf(proposerMunicipalityId)) {
            throw new AccessDeniedException("A mayor proposes only for their own municipality");
        }
        Long partnerMunicipalityId = draft.getPartnerId();
        if (partnerMunicipalityId.equals(proposerMunicipalityId)) {
            throw new BusinessException("twinning.error.self");
        }
        Map<Long, MunicipalityName> names =
                municipalities.names(List.of(proposerMunicipalityId, partnerMunicipalityId));
        if (!names.containsKey(partnerMunicipalityId)) {
            throw new RecordNotFoundException();
        }
        if (twinnings.existsByOpenPair(Twinning.pairKey(proposerMunicipalityId, partnerMunicipalityId))) {
            throw new BusinessException(
                    "twinning.error.duplicate", names.get(partnerMunicipalityId).name());
        }
        Twinning twinning = new Twinning(
                proposerMunicipalityId,
                partnerMunicipalityId,
                draft.getThemes(),
                draft.getMessage().trim(),
                currentUser.require().id());
        try {
            twinning = twinnings.saveAndFlush(twinning);
        } catch (DataIntegrityViolationException e) {
            // another proposal for the same pair was committed between the check and the insert
            throw new BusinessException(
                    "twinning.error.duplicate", names.get(partnerMunicipalityId).name());
        }
        audit.record("PROPOSE", ENTITY, twinning.getId(), null, twinning.snapshot());
        changes.changed(Topic.twinning(twinning.getId()), Topic.TWINNING_QUEUE);
        notifier.proposed(twinning, names);
        return twinning;
    }

    /**
     * Takes {@code action} on the twinning the user saw at {@code expectedVersion}; {@code text}
     * is the reason (reject, decline) or the closing summary (conclude), ignored otherwise.
     * Mayors and liaisons only, and of them only who {@link #isActor} names: anyone else is
     * denied (or, if they may not even see the proposal, told it does not exist). Refuses an
     * action the twinning's status does not allow now ({@code twinning.error.now.<STATUS>}), a
     * second signature by the same side, an out-of-date copy and a missing or unfit text.
     */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    @OneAtATime(value = "twinning", key = "id")
    public Twinning perform(Long id, long expectedVersion, TwinningAction action, String text) {
        Twinning t = twinnings.findForUpdate(id).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!isActor(t, action, user)) {
            if (!TwinningReader.canSee(t, user)) {
                throw new RecordNotFoundException();
            }
            throw new AccessDeniedException(user.username() + " may not " + action + " twinning " + id);
        }
        TwinningStatus before = t.getStatus();
        Map<String, Object> snapshotBefore = t.snapshot();
        t.apply(action, expectedVersion, user.id(), user.municipalityId(), clock.instant(), text);
        try {
            twinnings.saveAndFlush(t);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("twinning.error.now." + before.name());
        }
        audit.record(action.name(), ENTITY, id, snapshotBefore, t.snapshot());
        changes.changed(Topic.twinning(id), Topic.TWINNING_QUEUE);
        notifier.acted(t, action, before, user);
        return t;
    }

    /**
     * The one place that says who may take an action on a twinning, whatever its state: the
     * state (and whether a side has signed already) is the twinning's to judge.
     */
    static boolean isActor(Twinning t, TwinningAction action, SignedInUser user) {
        boolean liaison = user.hasRole(Role.LIAISON);
        boolean mayor = user.hasRole(Role.MAYOR) && user.municipalityId() != null;
        boolean proposerMayor = mayor && user.municipalityId().equals(t.getProposerMunicipalityId());
        boolean partnerMayor = mayor && user.municipalityId().equals(t.getPartnerMunicipalityId());
        return switch (action) {
            // segregation of duties: a liaison who is mayor of either party does not vet it
            case VET, REJECT -> liaison && !proposerMayor && !partnerMayor;
            case WITHDRAW -> proposerMayor;
            case ACCEPT, DECLINE -> partnerMayor;
            case SIGN -> proposerMayor || partnerMayor;
            case SUSPEND, RESUME, CONCLUDE -> liaison || proposerMayor || partnerMayor;
        };
    }

    /** What the signed-in user may do on this twinning right now (for the views; {@link #perform} checks again). */
    @Transactional(readOnly = true)
    public Set<TwinningAction> allowedActions(Twinning t) {
        return currentUser
                .get()
                .map(user -> allowedActions(t, user))
                .orElseGet(() -> EnumSet.noneOf(TwinningAction.class));
    }

    static Set<TwinningAction> allowedActions(Twinning t, SignedInUser user) {
        Set<TwinningAction> allowed = t.actionsOpenTo(user.municipalityId());
        allowed.removeIf(action -> !isActor(t, action, user));
        return allowed;
    }
}
