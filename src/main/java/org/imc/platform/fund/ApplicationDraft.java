package org.imc.platform.fund;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/**
 * What a mayor fills in for a loan application. Limits: 1,000 to 10,000,000 requested; term
 * 1 to 240 months; grace shorter than the term and at most 36 months.
 */
public class ApplicationDraft {

    public static final BigDecimal MIN_AMOUNT = new BigDecimal("1000.00");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    private String title = "";

    @NotNull(message = "{validation.required}")
    private SubProgramme subProgramme;

    @NotBlank(message = "{validation.required}")
    @Size(max = 5000, message = "{validation.max-length}")
    @PlainText
    private String description = "";

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "1000.00", message = "{fund.validation.amount}")
    @DecimalMax(value = "10000000.00", message = "{fund.validation.amount}")
    @Digits(integer = 8, fraction = 2, message = "{fund.validation.cents}")
    private BigDecimal amount;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{fund.validation.term}")
    @Max(value = 240, message = "{fund.validation.term}")
    private Integer termMonths;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{fund.validation.grace}")
    @Max(value = 36, message = "{fund.validation.grace}")
    private Integer graceMonths = 0;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.00", message = "{fund.validation.co-financing}")
    @DecimalMax(value = "100000000.00", message = "{fund.validation.co-financing}")
    @Digits(integer = 9, fraction = 2, message = "{fund.validation.cents}")
    private BigDecimal coFinancing = BigDecimal.ZERO;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{fund.validation.beneficiaries}")
    @Max(value = 100_000_000, message = "{fund.validation.beneficiaries}")
    private Integer beneficiaries;

    /** The SDG targets the project serves (codes such as "6.1"). */
    private Set<String> sdgTargets = new HashSet<>();

    public ApplicationDraft() {}

    @AssertTrue(message = "{fund.validation.grace-before-term}")
    public boolean isGraceShorterThanTerm() {
        return termMonths == null || graceMonths == null || graceMonths < termMonths;
    }

    public static ApplicationDraft of(FundApplication a) {
        ApplicationDraft d = new ApplicationDraft();
        d.title = a.getTitle();
        d.subProgramme = a.getSubProgramme();
        d.description = a.getDescription();
        d.amount = a.getAmount();
        d.termMonths = a.getTermMonths();
        d.graceMonths = a.getGraceMonths();
        d.coFinancing = a.getCoFinancing();
        d.beneficiaries = a.getBeneficiaries();
        d.sdgTargets = new HashSet<>(a.getSdgTargets());
        return d;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SubProgramme getSubProgramme() {
        return subProgramme;
    }

    public void setSubProgramme(SubProgramme subProgramme) {
        this.subProgramme = subProgramme;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public Integer getGraceMonths() {
        return graceMonths;
    }

    public void setGraceMonths(Integer graceMonths) {
        this.graceMonths = graceMonths;
    }

    public BigDecimal getCoFinancing() {
        return coFinancing;
    }

    public void setCoFinancing(BigDecimal coFinancing) {
        this.coFinancing = coFinancing;
    }

    public Integer getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(Integer beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public Set<String> getSdgTargets() {
        return sdgTargets;
    }

    public void setSdgTargets(Set<String> sdgTargets) {
        this.sdgTargets = sdgTargets == null ? new HashSet<>() : new HashSet<>(sdgTargets);
    }
}
