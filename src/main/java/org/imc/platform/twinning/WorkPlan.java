package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/** A partnership's plan for one year; its progress is the average progress of its goals. */
@Entity
@Table(name = "twinning_work_plan")
public class WorkPlan extends BaseEntity {

    @Column(name = "twinning_id", nullable = false, updatable = false)
    private Long twinningId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    protected WorkPlan() {}

    WorkPlan(Long twinningId, int year) {
        this.twinningId = twinningId;
        this.year = year;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of("twinning", twinningId, "year", year);
    }

    public Long getTwinningId() {
        return twinningId;
    }

    public int getYear() {
        return year;
    }
}
