package org.imc.platform.mail;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice per category: at once, a daily digest, or never. Without a choice the
 * default of their roles applies ({@link MailCategory#defaultFor}).
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class MailPreferenceService {

    private final MailPreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MailPreferenceService(MailPreferenceRepository preferences, CurrentUser currentUser, AuditService audit) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The signed-in user's delivery per choosable category. */
    @Transactional(readOnly = true)
    public Map<MailCategory, Delivery> mine() {
        SignedInUser me = currentUser.require();
        return effective(me.id(), me.roles());
    }

    /** Saves the signed-in user's choices (categories left out keep theirs). */
    @Transactional
    public void saveMine(Map<MailCategory, Delivery> choices) {
        SignedInUser me = currentUser.require();
        Map<MailCategory, Delivery> before = effective(me.id(), me.roles());
        for (Map.Entry<MailCategory, Delivery> choice : choices.entrySet()) {
            if (!MailCategory.choosable().contains(choice.getKey()) || choice.getValue() == null) {
                continue;
            }
            MailPreference.Key key = new MailPreference.Key(me.id(), choice.getKey());
            preferences
                    .findById(key)
                    .ifPresentOrElse(
                            p -> p.setDelivery(choice.getValue()),
                            () -> preferences.save(new MailPreference(me.id(), choice.getKey(), choice.getValue())));
        }
        audit.record("UPDATE", "MailPreference", me.id(), named(before), named(effective(me.id(), me.roles())));
    }

    /** How a user gets e-mails of a category; for the outbox, also outside any sign-in. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public Delivery deliveryFor(Long userId, Set<Role> roles, MailCategory category) {
        return preferences
                .findById(new MailPreference.Key(userId, category))
                .map(MailPreference::delivery)
                .orElseGet(() -> category.defaultFor(roles));
    }

    private static Map<String, Object> named(Map<MailCategory, Delivery> choices) {
        Map<String, Object> named = new java.util.TreeMap<>();
        choices.forEach((category, delivery) -> named.put(category.name(), delivery.name()));
        return named;
    }

    private Map<MailCategory, Delivery> effective(Long userId, Set<Role> roles) {
        Map<MailCategory, Delivery> result = new EnumMap<>(MailCategory.class);
        for (MailCategory category : MailCategory.choosable()) {
            result.put(category, category.defaultFor(roles));
        }
        preferences.findByKeyUserId(userId).forEach(p -> result.put(p.category(), p.delivery()));
        return result;
    }
}
