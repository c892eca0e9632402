package org.imc.platform.twinning;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Who is told what about a twinning: liaisons of a new proposal; after an action, the side that
 * has to answer or should know (the mayors of one or both municipalities and the liaison who
 * vetted it), never the one who acted.
 */
@Component
class TwinningNotifier {

    private final NotificationService notifications;
    private final UserService users;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;

    TwinningNotifier(
            NotificationService notifications,
            UserService users,
            MunicipalityService municipalities,
            CurrentUser currentUser) {
        this.notifications = notifications;
        this.users = users;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
    }

    /** Tells the liaisons that a proposal waits for vetting. */
    void proposed(Twinning t, Map<Long, MunicipalityName> names) {
        notifyAll(users.idsWithRole(Role.LIAISON), "twinning.notification.PROPOSED", t, names);
    }

    /** Tells the other side that {@code actor} took {@code action}, which found the twinning {@code before}. */
    void acted(Twinning t, TwinningAction action, TwinningStatus before, SignedInUser actor) {
        Set<Long> recipientUserIds = new LinkedHashSet<>();
        switch (action) {
            case VET -> {
                recipientUserIds.addAll(mayorUserIds(t.getProposerMunicipalityId()));
                recipientUserIds.addAll(mayorUserIds(t.getPartnerMunicipalityId()));
            }
            case REJECT -> recipientUserIds.addAll(mayorUserIds(t.getProposerMunicipalityId()));
            case WITHDRAW -> {
                if (before == TwinningStatus.PROPOSED) {
                    recipientUserIds.addAll(users.idsWithRole(Role.LIAISON));
                } else {
                    recipientUserIds.addAll(mayorUserIds(t.getPartnerMunicipalityId()));
                    addIfPresent(recipientUserIds, t.getVettedByUserId());
                }
            }
            case ACCEPT, DECLINE -> {
                recipientUserIds.addAll(mayorUserIds(t.getProposerMunicipalityId()));
                addIfPresent(recipientUserIds, t.getVettedByUserId());
            }
            default -> {
                recipientUserIds.addAll(mayorUserIds(t.getProposerMunicipalityId()));
                recipientUserIds.addAll(mayorUserIds(t.getPartnerMunicipalityId()));
                addIfPresent(recipientUserIds, t.getVettedByUserId());
            }
        }
        recipientUserIds.remove(actor.id());
        String key = action == TwinningAction.SIGN && t.getStatus() == TwinningStatus.ACTIVE
                ? "twinning.notification.ACTIVE"
                : "twinning.notification." + action.name();
        notifyAll(
                recipientUserIds,
                key,
                t,
                municipalities.names(List.of(t.getProposerMunicipalityId(), t.getPartnerMunicipalityId())));
    }

    /** Tells both mayors and the liaison (not the one who scheduled it) of an exchange, with its calendar entry. */
    void exchangeScheduled(Twinning t, Exchange exchange, String calendar) {
        Set<Long> recipientUserIds = new LinkedHashSet<>();
        recipientUserIds.addAll(mayorUserIds(t.getProposerMunicipalityId()));
        recipientUserIds.addAll(mayorUserIds(t.getPartnerMunicipalityId()));
        addIfPresent(recipientUserIds, t.getVettedByUserId());
        SignedInUser actor = currentUser.require();
        recipientUserIds.remove(actor.id());
        Map<Long, MunicipalityName> names =
                municipalities.names(List.of(t.getProposerMunicipalityId(), t.getPartnerMunicipalityId()));
        for (Long recipient : recipientUserIds) {
            notifications.notifyWithCalendar(
                    recipient,
                    "twinning.notification.EXCHANGE",
                    "twinning/partnerships/" + t.getId(),
                    calendar,
                    names.get(t.getProposerMunicipalityId()).name(),
                    names.get(t.getPartnerMunicipalityId()).name(),
                    actor.fullName(),
                    exchange.getTopic(),
                    exchange.getStartDate().toString());
        }
    }

    private void notifyAll(
            Collection<Long> recipientUserIds, String key, Twinning t, Map<Long, MunicipalityName> names) {
        String link = t.isPartnership() ? "twinning/partnerships/" + t.getId() : "twinning/proposals";
        String proposer = names.get(t.getProposerMunicipalityId()).name();
        String partner = names.get(t.getPartnerMunicipalityId()).name();
        String actor = currentUser.require().fullName();
        for (Long recipient : new LinkedHashSet<>(recipientUserIds)) {
            notifications.notify(recipient, key, link, proposer, partner, actor);
        }
    }

    private List<Long> mayorUserIds(Long municipalityId) {
        return users.mayorsOf(municipalityId).stream().map(UserSummary::id).toList();
    }

    private static void addIfPresent(Set<Long> set, Long id) {
        if (id != null) {
            set.add(id);
        }
    }
}
