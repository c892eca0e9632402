package org.imc.platform.directory;

/** Whether a municipality needs a resource or offers it to others. */
public enum ResourceKind {
    NEED,
    OFFER
}
