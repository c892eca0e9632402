package org.imc.platform.twinning;

import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.workplan.PlanOwnerKind;
import org.imc.platform.workplan.PlanOwners;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A partnership's work plans: read by everyone who may see the partnership, changed by a
 * liaison or either partner's mayor while it runs (active or suspended), under the twinning's
 * row lock so a change waits for a status change under way.
 */
@Component
class PartnershipPlans implements PlanOwners {

    private final TwinningRepository twinnings;
    private final TwinningReader reader;
    private final CurrentUser currentUser;

    private final ChangeFeed changes;

    PartnershipPlans(TwinningRepository twinnings, TwinningReader reader, CurrentUser currentUser, ChangeFeed changes) {
        this.changes = changes;
        this.twinnings = twinnings;
        this.reader = reader;
        this.currentUser = currentUser;
    }

    @Override
    public PlanOwnerKind kind() {
        return PlanOwnerKind.PARTNERSHIP;
    }

    @Override
    public void requireReadable(Long twinningId) {
        reader.get(twinningId);
    }

    @Override
    public boolean canRead(Long twinningId) {
        SignedInUser user = currentUser.get().orElse(null);
        return user != null
                && twinnings
                        .findById(twinningId)
                        .map(t -> TwinningReader.canSee(t, user))
                        .orElse(false);
    }

    @Override
    public void requireEditable(Long twinningId) {
        editable(twinnings, currentUser, twinningId);
    }

    @Override
    public boolean canEdit(Long twinningId) {
        SignedInUser user = currentUser.get().orElse(null);
        Twinning t = twinnings.findById(twinningId).orElse(null);
        return user != null && t != null && TwinningStatus.RUNNING.contains(t.getStatus()) && mayEdit(t, user);
    }

    @Override
    public void changing(Long twinningId) {
        changes.changed(Topic.twinning(twinningId));
    }

    @Override
    public String route(Long twinningId) {
        return "twinning/partnerships/" + twinningId;
    }

    static boolean mayEdit(Twinning t, SignedInUser user) {
        return user.hasRole(Role.LIAISON) || (user.hasRole(Role.MAYOR) && t.involves(user.municipalityId()));
    }

    /** Locks the twinning and refuses unless the user may change the running partnership. */
    static Twinning editable(TwinningRepository twinnings, CurrentUser currentUser, Long twinningId) {
        Twinning t = twinnings.findForUpdate(twinningId).orElseThrow(RecordNotFoundException::new);
        if (!mayEdit(t, currentUser.require())) {
            throw new AccessDeniedException("Only a liaison or the partners' mayors change a partnership");
        }
        if (!TwinningStatus.RUNNING.contains(t.getStatus())) {
            throw new BusinessException("twinning.error.read-only");
        }
        return t;
    }
}
