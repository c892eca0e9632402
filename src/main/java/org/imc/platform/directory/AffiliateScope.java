package org.imc.platform.directory;

/** Whether an affiliate represents local government of one country or of several. */
public enum AffiliateScope {
    NATIONAL,
    MULTINATIONAL;

    public String labelKey() {
        return "scope." + name();
    }
}
