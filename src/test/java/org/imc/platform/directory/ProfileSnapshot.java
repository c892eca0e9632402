package org.imc.platform.directory;

/**
 * Remembers a municipality's profile before a test changes it and puts it back afterwards, so
 * tests sharing the database see the demo data unchanged. Run {@link #restore} as an admin.
 */
public final class ProfileSnapshot {

    private final MunicipalityService service;
    private final Long id;
    private final MunicipalityProfile original;

    private ProfileSnapshot(MunicipalityService service, Long id, MunicipalityProfile original) {
        this.service = service;
        this.id = id;
        this.original = original;
    }

    /** Call signed in (any role): reads the current profile. */
    public static ProfileSnapshot take(MunicipalityService service, Long id) {
        return new ProfileSnapshot(service, id, MunicipalityProfile.of(service.get(id)));
    }

    public long version() {
        return original.getVersion();
    }

    /** Call as an admin: saves the remembered values again if anything was saved since. */
    public void restore() {
        Municipality current = service.get(id);
        if (current.getVersion() == original.getVersion()) {
            return;
        }
        original.setVersion(current.getVersion());
        service.updateProfile(id, original.getVersion(), original);
    }
}
