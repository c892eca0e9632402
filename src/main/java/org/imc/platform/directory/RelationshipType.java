package org.imc.platform.directory;

/** How an affiliate organisation is tied to the network. */
public enum RelationshipType {
    STRATEGIC_ALLIANCE,
    PARTNERSHIP,
    BRANCH,
    CHAPTER,
    INTERNATIONAL_AFFILIATE;

    public String labelKey() {
        return "relationship." + name();
    }
}
