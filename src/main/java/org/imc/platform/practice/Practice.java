package org.imc.platform.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.Language;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.sdg.SdgService;

/** A practice that worked, from its author's draft to its publication in the library. */
@Entity
@Table(name = "practice")
public class Practice extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String problem;

    @Column(name = "what_was_done", nullable = false, columnDefinition = "TEXT")
    private String whatWasDone;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String results;

    @Column(name = "indicator_goal_id")
    private Long indicatorGoalId;

    @Column(precision = 19, scale = 2)
    private BigDecimal cost;

    @Column(columnDefinition = "TEXT")
    private String lessons;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(nullable = false, length = 80)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status = PracticeStatus.DRAFT;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorUserId;

    @Column(name = "reviewer_id")
    private Long reviewerUserId;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_sub_programme", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_programme", length = 40)
    private Set<SubProgramme> subProgrammes = EnumSet.noneOf(SubProgramme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_sdg", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "target_code", length = 6)
    private Set<String> sdgTargets = new HashSet<>();

    protected Practice() {}

    Practice(Long authorUserId, PracticeData data) {
        this.authorUserId = authorUserId;
        copyFrom(data);
    }

    /** The author's new content; refused once under review or published. */
    void update(PracticeData data) {
        if (!status.editable()) {
            throw new BusinessException("practice.error.not-editable");
        }
        copyFrom(data);
    }

    private void copyFrom(PracticeData d) {
        title = d.title().trim();
        summary = d.summary().trim();
        problem = d.problem().trim();
        whatWasDone = d.whatWasDone().trim();
        results = d.results().trim();
        indicatorGoalId = d.indicatorGoalId();
        cost = d.cost();
        lessons = FreeText.trimmedOrNull(d.lessons());
        municipalityId = d.municipalityId();
        country = d.country().trim();
        language = d.language();
        subProgrammes.clear();
        subProgrammes.addAll(d.subProgrammes());
        sdgTargets.clear();
        sdgTargets.addAll(d.sdgTargets() == null ? Set.of() : d.sdgTargets());
    }

    /** Applies an action its status allows (refuses any other) and records when and by whom. */
    void apply(PracticeAction action, Long actorUserId, String comment, Instant at) {
        PracticeStatus next =
                status.after(action).orElseThrow(() -> new BusinessException("practice.error.not-allowed"));
        switch (action) {
            case SUBMIT -> {
                submittedAt = at;
                reviewComment = null;
            }
            case PUBLISH -> {
                reviewerUserId = actorUserId;
                publishedAt = at;
                reviewComment = comment;
            }
            case RETURN -> {
                reviewerUserId = actorUserId;
                reviewComment = comment;
            }
        }
        status = next;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "status", status,
                "title", title,
                "country", country,
                "language", language,
                "subProgrammes", getSubProgrammes(),
                "sdgTargets", getSdgTargets(),
                "reviewComment", reviewComment);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getProblem() {
        return problem;
    }

    public String getWhatWasDone() {
        return whatWasDone;
    }

    public String getResults() {
        return results;
    }

    public Long getIndicatorGoalId() {
        return indicatorGoalId;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getLessons() {
        return lessons;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getCountry() {
        return country;
    }

    public Language getLanguage() {
        return language;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public Long getAuthorUserId() {
        return authorUserId;
    }

    public Long getReviewerUserId() {
        return reviewerUserId;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<SubProgramme> getSubProgrammes() {
        return subProgrammes.stream().sorted().toList();
    }

    public List<String> getSdgTargets() {
        return sdgTargets.stream().sorted(SdgService::compareCodes).toList();
    }
}
