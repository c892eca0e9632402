package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.PlainText;

import java.time.LocalDate;

/**
 * One cohort of a course: its dates, how many seats it has, when learners may enrol and whether
 * the trainer approves each enrolment.
 */
@Entity
@Table(name = "course_session")
public class CourseSession extends BaseEntity {

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 120)
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{learning.validation.capacity}")
    @Max(value = 10000, message = "{learning.validation.capacity}")
    @Column(nullable = false)
    private Integer capacity;

    @NotNull(message = "{validation.required}")
    @Column(name = "enrolment_opens", nullable = false)
    private LocalDate enrolmentOpens;

    @NotNull(message = "{validation.required}")
    @Column(name = "enrolment_closes", nullable = false)
    private LocalDate enrolmentCloses;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    public CourseSession() {
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "{learning.validation.window}")
    public boolean isWindowValid() {
        return enrolmentOpens == null || enrolmentCloses == null || !enrolmentCloses.isBefore(enrolmentOpens);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(enrolmentOpens) && !day.isAfter(enrolmentCloses);
    }

    public CourseSession copy() {
        CourseSession s = new CourseSession();
        s.courseId = courseId;
        s.name = name;
        s.startDate = startDate;
        s.endDate = endDate;
        s.capacity = capacity;
        s.enrolmentOpens = enrolmentOpens;
        s.enrolmentCloses = enrolmentCloses;
        s.approvalRequired = approvalRequired;
        return s;
    }

    void copyFrom(CourseSession other) {
        name = other.name.trim();
        startDate = other.startDate;
        endDate = other.endDate;
        capacity = other.capacity;
        enrolmentOpens = other.enrolmentOpens;
        enrolmentCloses = other.enrolmentCloses;
        approvalRequired = other.approvalRequired;
    }

    public Long getCourseId() {
        return courseId;
    }

    void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public void setEnrolmentOpens(LocalDate enrolmentOpens) {
        this.enrolmentOpens = enrolmentOpens;
    }

    public LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public void setEnrolmentCloses(LocalDate enrolmentCloses) {
        this.enrolmentCloses = enrolmentCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }
}
