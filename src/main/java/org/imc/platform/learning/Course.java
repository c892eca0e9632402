package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/**
 * A course of the catalogue, taught by one trainer. It may require another course to have been
 * completed first.
 */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String title = "";

    @Size(max = 4000, message = "{validation.max-length}")
    @PlainText
    @Column(columnDefinition = "TEXT")
    private String description;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_programme", nullable = false, length = 40)
    private SubProgramme subProgramme;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseLanguage language = CourseLanguage.ENGLISH;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseFormat format = CourseFormat.LIVE_ONLINE;

    @Column(name = "trainer_id", nullable = false)
    private Long trainerId;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{learning.validation.duration}")
    @Max(value = 1000, message = "{learning.validation.duration}")
    @Column(name = "duration_hours", nullable = false)
    private Integer durationHours;

    @Column(name = "prerequisite_id")
    private Long prerequisiteId;

    public Course() {
    }

    public Course copy() {
        Course c = new Course();
        c.title = title;
        c.description = description;
        c.subProgramme = subProgramme;
        c.language = language;
        c.format = format;
        c.durationHours = durationHours;
        c.prerequisiteId = prerequisiteId;
        return c;
    }

    void copyFrom(Course other) {
        title = other.title.trim();
        description = other.description == null || other.description.isBlank() ? null : other.description.trim();
        subProgramme = other.subProgramme;
        language = other.language;
        format = other.format;
        durationHours = other.durationHours;
        prerequisiteId = other.prerequisiteId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public SubProgramme getSubProgramme() {
        return subProgramme;
    }

    public void setSubProgramme(SubProgramme subProgramme) {
        this.subProgramme = subProgramme;
    }

    public CourseLanguage getLanguage() {
        return language;
    }

    public void setLanguage(CourseLanguage language) {
        this.language = language;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public Integer getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(Integer durationHours) {
        this.durationHours = durationHours;
    }

    public Long getPrerequisiteId() {
        return prerequisiteId;
    }

    public void setPrerequisiteId(Long prerequisiteId) {
        this.prerequisiteId = prerequisiteId;
    }
}
