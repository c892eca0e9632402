package org.imc.platform.fund;

import java.util.List;
import java.util.Set;
import org.imc.platform.base.live.Topic;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of loan applications, paged in the database: a mayor sees their own municipality's,
 * fund officers see all and have the review queue.
 */
@Service
@PreAuthorize(Roles.IS_MAYOR_OR_FUND_OFFICER)
public class ApplicationLists {

    private final FundApplicationRepository applications;
    private final CurrentUser currentUser;

    ApplicationLists(FundApplicationRepository applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    /**
     * What the signed-in user's list follows for live updates: a mayor their municipality's
     * applications, officers every application.
     */
    public Topic topic() {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.FUND_OFFICER) || user.municipalityId() == null
                ? Topic.FUND_QUEUE
                : Topic.fundApplicationsOf(user.municipalityId());
    }

    /** A mayor's own applications; officers see all. {@code status} null means every status. */
    @Transactional(readOnly = true)
    public List<FundApplication> list(ApplicationStatus status, Pageable pageable) {
        return applications
                .findBy(visible(status == null ? null : Set.of(status)), q -> q.slice(pageable))
                .getContent();
    }

    @Transactional(readOnly = true)
    public long count(ApplicationStatus status) {
        return applications.count(visible(status == null ? null : Set.of(status)));
    }

    /**
     * Pending applications for officers, by priority: scored ones highest score first, then the
     * unscored ones by submission date (oldest first).
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(readOnly = true)
    public List<FundApplication> reviewQueue(Pageable pageable) {
        Sort order = Sort.by(
                Sort.Order.desc("priorityScore").nullsLast(), Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));
        return applications
                .findBy(
                        visible(ApplicationStatus.PENDING),
                        q -> q.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order)))
                .getContent();
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(readOnly = true)
    public long reviewCount() {
        return applications.count(visible(ApplicationStatus.PENDING));
    }

    private Specification<FundApplication> visible(Set<ApplicationStatus> statuses) {
        Specification<FundApplication> visible = FundScope.visibleTo(currentUser.require());
        if (statuses == null) {
            return visible;
        }
        return visible.and((root, query, cb) -> root.get("status").in(statuses));
    }
}
