package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.imc.platform.base.BaseEntity;

/**
 * Proof of a completed course. Learner name and course title are kept as issued, so the public
 * verification page needs nothing else and shows nothing else.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends BaseEntity {

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "learner_name", nullable = false, length = 150)
    private String learnerName;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    protected Certificate() {}

    Certificate(Long enrolmentId, String code, String learnerName, String courseTitle, LocalDate issuedOn) {
        this.enrolmentId = enrolmentId;
        this.code = code;
        this.learnerName = learnerName;
        this.courseTitle = courseTitle;
        this.issuedOn = issuedOn;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getCode() {
        return code;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
