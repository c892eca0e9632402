package org.imc.platform.mail;

/** How a user wants the e-mails of a category. */
public enum Delivery {
    IMMEDIATELY,
    DAILY_DIGEST,
    NEVER;

    public String labelKey() {
        return "mail.delivery." + name();
    }
}
