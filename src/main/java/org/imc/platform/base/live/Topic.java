package org.imc.platform.base.live;

import java.util.Objects;

/**
 * What changed, named without its content: a kind of record and, for one record, its id
 * ({@code fund-application:9}), or a list everybody with the role looks at ({@code fund:queue}).
 * A screen that follows a topic reloads through the feature's service when it changes, so the
 * service decides what the user sees, exactly as on a page load.
 */
public record Topic(String name) {

    public Topic {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("topic name: " + name);
        }
    }

    /** A new notification for the user, or their notifications were read. */
    public static Topic notificationsOf(Long userId) {
        return of("notification:user", userId);
    }

    /** The user's access changed (roles, municipality, disabled, password): their sessions end. */
    public static Topic accessOf(Long userId) {
        return of("access:user", userId);
    }

    /** The officers' review queue: an application submitted, taken, decided. */
    public static final Topic FUND_QUEUE = new Topic("fund:queue");

    public static Topic fundApplication(Long applicationId) {
        return of("fund-application", applicationId);
    }

    /** A municipality's own fund applications (its mayors' list). */
    public static Topic fundApplicationsOf(Long municipalityId) {
        return of("fund-applications:municipality", municipalityId);
    }

    /** The liaisons' vetting queue: a proposal made, vetted, refused. */
    public static final Topic TWINNING_QUEUE = new Topic("twinning:queue");

    /** A twinning: its status, agreement, work plan, goals and exchanges. */
    public static Topic twinning(Long twinningId) {
        return of("twinning", twinningId);
    }

    /** A municipality's profile. */
    public static Topic municipality(Long municipalityId) {
        return of("municipality", municipalityId);
    }

    /** A course: its description and its list of sessions. */
    public static Topic course(Long courseId) {
        return of("course", courseId);
    }

    /** A course session: its dates and capacity, its seats, waitlist and enrolments. */
    public static Topic courseSession(Long sessionId) {
        return of("course-session", sessionId);
    }

    private static Topic of(String kind, Long id) {
        return new Topic(kind + ":" + Objects.requireNonNull(id, "id"));
    }

    @Override
    public String toString() {
        return name;
    }
}
