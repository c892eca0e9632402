package org.imc.platform.twinning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading twinnings: one at a time, the lists and counts of proposals and partnerships, what
 * waits for the signed-in user, and the municipalities' names. Proposals are visible to the two
 * municipalities' mayors, liaisons and admins; partnerships (active, suspended, concluded) to
 * everyone signed in. A twinning the user may not see does not exist for them.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
@Transactional(readOnly = true)
public class TwinningReader {

    private final TwinningRepository twinnings;
    private final TwinningQueries queries;
    private final CurrentUser currentUser;
    private final MunicipalityService municipalities;
    private final Clock clock;

    TwinningReader(
            TwinningRepository twinnings,
            TwinningQueries queries,
            CurrentUser currentUser,
            MunicipalityService municipalities,
            Clock clock) {
        this.twinnings = twinnings;
        this.queries = queries;
        this.currentUser = currentUser;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The one rule of who sees a twinning. */
    static boolean canSee(Twinning t, SignedInUser user) {
        return t.isPartnership()
                || user.hasRole(Role.LIAISON)
                || user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.MAYOR) && t.involves(user.municipalityId()));
    }

    /** A twinning the signed-in user may see; refused as not found otherwise. */
    public Twinning get(Long id) {
        Twinning t = twinnings.findById(id).orElseThrow(RecordNotFoundException::new);
        if (!canSee(t, currentUser.require())) {
            throw new RecordNotFoundException();
        }
        return t;
    }

    /**
     * Proposals the user may see, newest change first: a mayor's own (sent and received),
     * every proposal for liaisons and admins.
     */
    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_ADMIN)
    public List<Twinning> proposals(Collection<TwinningStatus> statuses, Pageable pageable) {
        return twinnings.findByStatusIn(statuses, scope(), newestFirst(pageable));
    }

    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_ADMIN)
    public long countProposals(Collection<TwinningStatus> statuses) {
        return twinnings.countByStatusIn(statuses, scope());
    }

    /** Partnerships (active, suspended, concluded); {@code mine} limits them to a mayor's municipality. */
    public List<Twinning> partnerships(Collection<TwinningStatus> statuses, boolean mine, Pageable pageable) {
        return twinnings.findByStatusIn(
                partnershipStatuses(statuses), mine ? ownMunicipality() : null, newestFirst(pageable));
    }

    public long countPartnerships(Collection<TwinningStatus> statuses, boolean mine) {
        return twinnings.countByStatusIn(partnershipStatuses(statuses), mine ? ownMunicipality() : null);
    }

    /** Open twinnings (pending or running) of a municipality, by the other municipality's id. */
    public Map<Long, Twinning> openTwinningsOf(Long municipalityId) {
        Map<Long, Twinning> open = new LinkedHashMap<>();
        twinnings.findOpenOf(municipalityId).forEach(t -> open.put(t.otherThan(municipalityId), t));
        return open;
    }

    /** Twinnings waiting for something the signed-in mayor or liaison must do. */
    public List<Twinning> awaitingMyAction() {
        SignedInUser user = currentUser.require();
        Set<TwinningStatus> statuses = EnumSet.noneOf(TwinningStatus.class);
        if (user.hasRole(Role.LIAISON)) {
            statuses.add(TwinningStatus.PROPOSED);
        }
        if (user.hasRole(Role.MAYOR) && user.municipalityId() != null) {
            statuses.addAll(EnumSet.of(TwinningStatus.VETTED, TwinningStatus.ACCEPTED));
        }
        if (statuses.isEmpty()) {
            return List.of();
        }
        Long scope = user.hasRole(Role.LIAISON) ? null : user.municipalityId();
        return twinnings.findByStatusIn(statuses, scope, newestFirst(PageRequest.of(0, 200))).stream()
                .filter(t -> !TwinningService.allowedActions(t, user).isEmpty())
                // a proposal waits for the partner's answer, not for the proposer's withdrawal
                .filter(t -> !(t.getStatus() == TwinningStatus.VETTED
                        && !t.getPartnerMunicipalityId().equals(user.municipalityId())))
                .toList();
    }

    /** Running partnerships with a goal past its target date that is neither done nor dropped, or suspended. */
    public long countNeedingAttention() {
        return queries.countNeedingAttention(LocalDate.now(clock));
    }

    /** The names of the municipalities of these twinnings, by municipality id. */
    public Map<Long, MunicipalityName> names(Collection<Twinning> ts) {
        Set<Long> municipalityIds = new LinkedHashSet<>();
        for (Twinning t : ts) {
            municipalityIds.add(t.getProposerMunicipalityId());
            municipalityIds.add(t.getPartnerMunicipalityId());
        }
        return municipalities.names(municipalityIds);
    }

    private Long scope() {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.LIAISON) || user.hasRole(Role.ADMIN)) {
            return null;
        }
        return ownMunicipality();
    }

    private Long ownMunicipality() {
        SignedInUser user = currentUser.require();
        // -1 matches nothing: a mayor without a municipality sees no twinnings of "theirs"
        return user.hasRole(Role.MAYOR) && user.municipalityId() != null ? user.municipalityId() : -1L;
    }

    private static Collection<TwinningStatus> partnershipStatuses(Collection<TwinningStatus> wanted) {
        Set<TwinningStatus> statuses = EnumSet.noneOf(TwinningStatus.class);
        (wanted == null || wanted.isEmpty() ? TwinningStatus.PARTNERSHIP : wanted)
                .stream().filter(TwinningStatus.PARTNERSHIP::contains).forEach(statuses::add);
        return statuses.isEmpty() ? TwinningStatus.PARTNERSHIP : statuses;
    }

    private static Pageable newestFirst(Pageable pageable) {
        return PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt", "id"));
    }
}
