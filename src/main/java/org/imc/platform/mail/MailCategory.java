package org.imc.platform.mail;

import java.util.EnumSet;
import java.util.Set;
import org.imc.platform.security.Role;

/**
 * What an e-mail is about; users choose a {@link Delivery} per category. ACCOUNT (invitations,
 * password resets) is always sent at once and cannot be turned off.
 */
public enum MailCategory {
    TWINNING(EnumSet.of(Role.MAYOR, Role.LIAISON)),
    LEARNING(EnumSet.of(Role.TRAINER, Role.MEMBER)),
    FUND(EnumSet.of(Role.MAYOR, Role.FUND_OFFICER)),
    NETWORK(EnumSet.of(Role.MAYOR, Role.LIAISON)),
    ACCOUNT(EnumSet.allOf(Role.class));

    /** The roles for whom this category is their daily work: they get it at once by default. */
    private final Set<Role> immediateFor;

    MailCategory(Set<Role> immediateFor) {
        this.immediateFor = immediateFor;
    }

    /** The categories a user may choose for. */
    public static Set<MailCategory> choosable() {
        return EnumSet.of(TWINNING, LEARNING, FUND, NETWORK);
    }

    /** The default: at once for the roles whose work it is, a daily digest for everybody else. */
    public Delivery defaultFor(Set<Role> roles) {
        return roles.stream().anyMatch(immediateFor::contains) ? Delivery.IMMEDIATELY : Delivery.DAILY_DIGEST;
    }

    /** The category of a notification, from its message key's first part. */
    public static MailCategory ofMessageKey(String messageKey) {
        String prefix = messageKey.contains(".") ? messageKey.substring(0, messageKey.indexOf('.')) : messageKey;
        return switch (prefix) {
            case "twinning" -> TWINNING;
            case "learning", "enrolment", "course" -> LEARNING;
            case "fund", "loan" -> FUND;
            default -> NETWORK;
        };
    }

    public String labelKey() {
        return "mail.category." + name();
    }
}
