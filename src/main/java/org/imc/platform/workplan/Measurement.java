package org.imc.platform.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/** One measured value of an indicator: when, from which source, recorded by whom. Never changed. */
@Entity
@Table(name = "goal_measurement")
public class Measurement extends BaseEntity {

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private Long indicatorId;

    @Column(name = "measured_value", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(nullable = false, updatable = false, length = MeasurementData.SOURCE_MAX)
    private String source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedByUserId;

    protected Measurement() {}

    Measurement(Long indicatorId, MeasurementData data, Long recordedByUserId) {
        this.indicatorId = indicatorId;
        this.value = data.value();
        this.measuredOn = data.measuredOn();
        this.source = data.source().trim();
        this.recordedByUserId = recordedByUserId;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "indicator", indicatorId,
                "value", value.toPlainString(),
                "measuredOn", measuredOn,
                "source", source);
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getSource() {
        return source;
    }

    public Long getRecordedByUserId() {
        return recordedByUserId;
    }
}
