package org.imc.platform.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.Translatable;

/**
 * A municipality's request for a loan from the revolving fund. Its status changes only through
 * the action methods ({@link #submit}, {@link #take}, …), each refusing what
 * {@link ApplicationStatus} does not allow from the current status; who may act is the service's
 * decision. The content changes only while it is a draft ({@link #update}).
 */
@Entity
@Table(name = "fund_application")
public class FundApplication extends BaseEntity {

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantUserId;

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
    private Long reviewerUserId;

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
    private Long recommendedByUserId;

    @Column(length = 2000)
    private String recommendation;

    @Column(name = "decided_by_id")
    private Long decidedByUserId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(
            name = "fund_application_sdg",
            joinColumns = @jakarta.persistence.JoinColumn(name = "application_id"))
    @Column(name = "target_code", length = 6)
    private java.util.Set<String> sdgTargets = new java.util.HashSet<>();

    protected FundApplication() {}

    FundApplication(Long municipalityId, Long applicantUserId, ApplicationDraft draft) {
        this.municipalityId = municipalityId;
        this.applicantUserId = applicantUserId;
        copyFrom(draft);
    }

    /** The applicant's new content; refused once the draft has been submitted. */
    void update(ApplicationDraft draft) {
        if (status != ApplicationStatus.DRAFT) {
            throw new BusinessException("fund.error.not-editable");
        }
        copyFrom(draft);
    }

    private void copyFrom(ApplicationDraft d) {
        title = d.getTitle().trim();
        subProgramme = d.getSubProgramme();
        description = d.getDescription().trim();
        amount = d.getAmount();
        termMonths = d.getTermMonths();
        graceMonths = d.getGraceMonths();
        coFinancing = d.getCoFinancing();
        beneficiaries = d.getBeneficiaries();
        sdgTargets.clear();
        sdgTargets.addAll(d.getSdgTargets());
    }

    /** The SDG targets the project serves, in the UN's order (the loan's are its application's). */
    public java.util.List<String> getSdgTargets() {
        return sdgTargets.stream()
                .sorted(org.imc.platform.sdg.SdgService::compareCodes)
                .toList();
    }

    void submit(Instant at) {
        apply(ApplicationAction.SUBMIT);
        submittedAt = at;
    }

    void take(Long officerUserId) {
        apply(ApplicationAction.TAKE);
        reviewerUserId = officerUserId;
    }

    void requestInfo(String question) {
        apply(ApplicationAction.REQUEST_INFO);
        infoQuestion = question;
    }

    void answer(String text) {
        apply(ApplicationAction.ANSWER);
        infoAnswer = text;
    }

    void recommend(Long officerUserId, Rubric rubric, String note) {
        apply(ApplicationAction.RECOMMEND);
        recommendedByUserId = officerUserId;
        scoreHealth = rubric.publicHealth();
        scoreBeneficiaries = rubric.beneficiaries();
        scoreFinancial = rubric.financialCapacity();
        scoreReadiness = rubric.readiness();
        priorityScore = rubric.priorityScore();
        recommendation = note;
    }

    void approve(Long officerUserId, Instant at, String note) {
        apply(ApplicationAction.APPROVE);
        decided(officerUserId, at, note);
    }

    void reject(Long officerUserId, Instant at, String reason) {
        apply(ApplicationAction.REJECT);
        decided(officerUserId, at, reason);
    }

    private void decided(Long officerUserId, Instant at, String reason) {
        decidedByUserId = officerUserId;
        decidedAt = at;
        decisionReason = reason;
    }

    private void apply(ApplicationAction action) {
        status = status.after(action)
                .orElseThrow(
                        () -> new BusinessException("fund.error.transition", Translatable.of("fund.status.", status)));
    }

    /** What the audit trail keeps of an application before and after a change. */
    Map<String, Object> snapshot() {
        return Snapshot.of(
                "status",
                status,
                "sdgTargets",
                getSdgTargets(),
                "title",
                title,
                "subProgramme",
                subProgramme,
                "amount",
                amount,
                "termMonths",
                termMonths,
                "graceMonths",
                graceMonths,
                "priorityScore",
                priorityScore);
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getApplicantUserId() {
        return applicantUserId;
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

    public Long getReviewerUserId() {
        return reviewerUserId;
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

    public Long getRecommendedByUserId() {
        return recommendedByUserId;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public Long getDecidedByUserId() {
        return decidedByUserId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
