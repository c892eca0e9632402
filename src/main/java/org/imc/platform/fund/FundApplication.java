package org.imc.platform.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A municipality's request for a loan from the revolving fund. Its status changes only through
 * {@link #moveTo}, which enforces {@link ApplicationStatus#next()}.
 */
@Entity
@Table(name = "fund_application")
public class FundApplication extends BaseEntity {

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_programme", nullable = false, length = 40)
    private SubProgramme subProgramme;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "grace_months", nullable = false)
    private int graceMonths;

    @Column(name = "co_financing", nullable = false, precision = 19, scale = 2)
    private BigDecimal coFinancing;

    @Column(nullable = false)
    private int beneficiaries;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "info_question", length = 2000)
    private String infoQuestion;

    @Column(name = "info_answer", length = 2000)
    private String infoAnswer;

    @Column(name = "score_health")
    private Integer scoreHealth;

    @Column(name = "score_beneficiaries")
    private Integer scoreBeneficiaries;

    @Column(name = "score_financial")
    private Integer scoreFinancial;

    @Column(name = "score_readiness")
    private Integer scoreReadiness;

    @Column(name = "priority_score", precision = 5, scale = 2)
    private BigDecimal priorityScore;

    @Column(name = "recommended_by_id")
    private Long recommendedById;

    @Column(length = 2000)
    private String recommendation;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    protected FundApplication() {
    }

    FundApplication(Long municipalityId, Long applicantId, ApplicationDraft draft) {
        this.municipalityId = municipalityId;
        this.applicantId = applicantId;
        copyFrom(draft);
    }

    void copyFrom(ApplicationDraft d) {
        title = d.getTitle().trim();
        subProgramme = d.getSubProgramme();
        description = d.getDescription().trim();
        amount = d.getAmount();
        termMonths = d.getTermMonths();
        graceMonths = d.getGraceMonths();
        coFinancing = d.getCoFinancing();
        beneficiaries = d.getBeneficiaries();
    }

    void moveTo(ApplicationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new BusinessException("fund.error.transition", status.name(), target.name());
        }
        status = target;
    }

    void submitted(Instant at) {
        submittedAt = at;
    }

    void takenBy(Long officerId) {
        reviewerId = officerId;
    }

    void askInfo(String question) {
        infoQuestion = question;
    }

    void answer(String text) {
        infoAnswer = text;
    }

    void recommend(Long officerId, Rubric rubric, String note) {
        recommendedById = officerId;
        scoreHealth = rubric.publicHealth();
        scoreBeneficiaries = rubric.beneficiaries();
        scoreFinancial = rubric.financialCapacity();
        scoreReadiness = rubric.readiness();
        priorityScore = rubric.priorityScore();
        recommendation = note;
    }

    void decide(Long officerId, Instant at, String reason) {
        decidedById = officerId;
        decidedAt = at;
        decisionReason = reason;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getTitle() {
        return title;
    }

    public SubProgramme getSubProgramme() {
        return subProgramme;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public int getGraceMonths() {
        return graceMonths;
    }

    public BigDecimal getCoFinancing() {
        return coFinancing;
    }

    public int getBeneficiaries() {
        return beneficiaries;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public String getInfoQuestion() {
        return infoQuestion;
    }

    public String getInfoAnswer() {
        return infoAnswer;
    }

    public Integer getScoreHealth() {
        return scoreHealth;
    }

    public Integer getScoreBeneficiaries() {
        return scoreBeneficiaries;
    }

    public Integer getScoreFinancial() {
        return scoreFinancial;
    }

    public Integer getScoreReadiness() {
        return scoreReadiness;
    }

    public BigDecimal getPriorityScore() {
        return priorityScore;
    }

    public Long getRecommendedById() {
        return recommendedById;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public Long getDecidedById() {
        return decidedById;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
