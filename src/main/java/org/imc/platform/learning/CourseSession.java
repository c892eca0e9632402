package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * One cohort of a course: its dates, how many seats it has, when learners may enrol and whether
 * the trainer approves each enrolment. Its values come from a checked {@link SessionData}.
 */
@Entity
@Table(name = "course_session")
public class CourseSession extends BaseEntity {

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(nullable = false, length = 120)
    private String name = "";

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private Integer capacity;

    @Column(name = "enrolment_opens", nullable = false)
    private LocalDate enrolmentOpens;

    @Column(name = "enrolment_closes", nullable = false)
    private LocalDate enrolmentCloses;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    /** Shown to enrolled learners and the trainer only ({@link CourseProgress#meeting}): no public getter. */
    @Column(name = "meeting_url", length = 500)
    private String meetingUrl;

    @Column(name = "meeting_at")
    private Instant meetingAt;

    protected CourseSession() {}

    CourseSession(Long courseId, SessionData data) {
        this.courseId = courseId;
        update(data);
    }

    void update(SessionData data) {
        name = data.name().trim();
        startDate = data.startDate();
        endDate = data.endDate();
        capacity = data.capacity();
        enrolmentOpens = data.enrolmentOpens();
        enrolmentCloses = data.enrolmentCloses();
        approvalRequired = data.approvalRequired();
    }

    void setMeeting(MeetingData data) {
        meetingUrl =
                data.url() == null || data.url().isBlank() ? null : data.url().trim();
        meetingAt = meetingUrl == null ? null : data.startsAt();
    }

    String meetingUrl() {
        return meetingUrl;
    }

    Instant meetingAt() {
        return meetingAt;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(enrolmentOpens) && !day.isAfter(enrolmentCloses);
    }

    /** What the audit trail keeps of a session. */
    Map<String, Object> snapshot() {
        return Snapshot.of(
                "courseId",
                courseId,
                "name",
                name,
                "startDate",
                startDate,
                "endDate",
                endDate,
                "capacity",
                capacity,
                "enrolmentOpens",
                enrolmentOpens,
                "enrolmentCloses",
                enrolmentCloses,
                "approvalRequired",
                approvalRequired);
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    /** The session as an all-day calendar entry of the course {@code courseTitle}. */
    public String calendar(String courseTitle, String courseUrl) {
        return org.imc.platform.base.Calendars.allDay(
                new org.imc.platform.base.Calendars.Entry(
                        "imc-session-" + getId() + "@imc", courseTitle + " – " + name, null, null, courseUrl),
                startDate,
                endDate);
    }
}
