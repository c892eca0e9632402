package org.imc.platform.directory;

/** Where an affiliate agreement stands on a given day. */
public enum AgreementState {
    UPCOMING,
    ACTIVE,
    /** Ends within {@value AffiliateAgreement#RENEWAL_DAYS} days: due for renewal. */
    ENDING,
    EXPIRED;

    public String labelKey() {
        return "agreement.state." + name();
    }
}
