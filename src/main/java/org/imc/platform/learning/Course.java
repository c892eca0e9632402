package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.SubProgramme;

/**
 * A course of the catalogue, taught by one trainer. It may require another course to have been
 * completed first. Its values come from a checked {@link CourseData}.
 */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_programme", nullable = false, length = 40)
    private SubProgramme subProgramme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseLanguage language = CourseLanguage.ENGLISH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseFormat format = CourseFormat.LIVE_ONLINE;

    @Column(name = "trainer_id", nullable = false)
    private Long trainerUserId;

    @Column(name = "duration_hours", nullable = false)
    private Integer durationHours;

    @Column(name = "prerequisite_id")
    private Long prerequisiteId;

    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(
            name = "course_sdg",
            joinColumns = @jakarta.persistence.JoinColumn(name = "course_id"))
    @Column(name = "target_code", length = 6)
    private java.util.Set<String> sdgTargets = new java.util.HashSet<>();

    protected Course() {}

    Course(Long trainerUserId, CourseData data) {
        this.trainerUserId = trainerUserId;
        update(data);
    }

    void update(CourseData data) {
        title = data.title().trim();
        description = data.description() == null || data.description().isBlank()
                ? null
                : data.description().trim();
        subProgramme = data.subProgramme();
        language = data.language();
        format = data.format();
        durationHours = data.durationHours();
        prerequisiteId = data.prerequisiteId();
        sdgTargets.clear();
        sdgTargets.addAll(data.sdgTargets() == null ? java.util.Set.of() : data.sdgTargets());
    }

    /** The SDG targets the course serves, in the UN's order. */
    public java.util.List<String> getSdgTargets() {
        return sdgTargets.stream()
                .sorted(org.imc.platform.sdg.SdgService::compareCodes)
                .toList();
    }

    /** What the audit trail keeps of a course. */
    Map<String, Object> snapshot() {
        return Snapshot.of(
                "title",
                title,
                "subProgramme",
                subProgramme,
                "language",
                language,
                "format",
                format,
                "trainerId",
                trainerUserId,
                "durationHours",
                durationHours,
                "prerequisiteId",
                prerequisiteId,
                "sdgTargets",
                getSdgTargets());
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public SubProgramme getSubProgramme() {
        return subProgramme;
    }

    public CourseLanguage getLanguage() {
        return language;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public Long getTrainerUserId() {
        return trainerUserId;
    }

    public Integer getDurationHours() {
        return durationHours;
    }

    public Long getPrerequisiteId() {
        return prerequisiteId;
    }
}
