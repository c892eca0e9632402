package org.imc.platform.directory;

import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.workplan.PlanOwnerKind;
import org.imc.platform.workplan.PlanOwners;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An affiliate agreement's work plans: everybody signed in reads them; liaisons change them,
 * under the agreement's row lock.
 */
@Component
class AgreementPlans implements PlanOwners {

    private final AgreementRepository agreements;
    private final CurrentUser currentUser;

    AgreementPlans(AgreementRepository agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        this.currentUser = currentUser;
    }

    @Override
    public PlanOwnerKind kind() {
        return PlanOwnerKind.AGREEMENT;
    }

    @Override
    public void requireReadable(Long agreementId) {
        if (!agreements.existsById(agreementId)) {
            throw new RecordNotFoundException();
        }
    }

    @Override
    public boolean canRead(Long agreementId) {
        return agreements.existsById(agreementId);
    }

    @Override
    public void requireEditable(Long agreementId) {
        agreements.findForUpdate(agreementId).orElseThrow(RecordNotFoundException::new);
        if (!currentUser.hasRole(Role.LIAISON)) {
            throw new AccessDeniedException("Only a liaison changes an agreement's work plans");
        }
    }

    @Override
    public boolean canEdit(Long agreementId) {
        return currentUser.hasRole(Role.LIAISON) && agreements.existsById(agreementId);
    }

    @Override
    public String route(Long agreementId) {
        return agreements
                .findById(agreementId)
                .map(a -> "affiliates/" + a.getAffiliateId())
                .orElse("affiliates");
    }
}
