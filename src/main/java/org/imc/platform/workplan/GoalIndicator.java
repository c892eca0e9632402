package org.imc.platform.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * What a goal measures: a unit, a baseline (value and date) and a target (value and date). The
 * goal's progress is how far the latest measurement has moved from the baseline towards the
 * target, 0–100 % (a target below the baseline — fewer illnesses, less waste — works the same way).
 */
@Entity
@Table(name = "goal_indicator")
public class GoalIndicator extends BaseEntity {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private Long goalId;

    @Column(nullable = false, length = IndicatorData.WHAT_MAX)
    private String what;

    @Column(nullable = false, length = IndicatorData.UNIT_MAX)
    private String unit;

    @Column(name = "baseline_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    protected GoalIndicator() {}

    GoalIndicator(Long goalId, IndicatorData data) {
        this.goalId = goalId;
        update(data);
    }

    void update(IndicatorData data) {
        what = data.what().trim();
        unit = data.unit().trim();
        baselineValue = data.baselineValue();
        baselineDate = data.baselineDate();
        targetValue = data.targetValue();
        targetDate = data.targetDate();
    }

    /** The progress a measured value means: 0 at the baseline, 100 at (or beyond) the target. */
    public int progressAt(BigDecimal value) {
        BigDecimal span = targetValue.subtract(baselineValue);
        if (span.signum() == 0) {
            return value.compareTo(targetValue) >= 0 ? 100 : 0;
        }
        BigDecimal share =
                value.subtract(baselineValue).multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.HALF_UP);
        return Math.max(0, Math.min(100, share.intValue()));
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "goal", goalId,
                "what", what,
                "unit", unit,
                "baseline", baselineValue.toPlainString() + " @ " + baselineDate,
                "target", targetValue.toPlainString() + " @ " + targetDate);
    }

    public Long getGoalId() {
        return goalId;
    }

    public String getWhat() {
        return what;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }
}
