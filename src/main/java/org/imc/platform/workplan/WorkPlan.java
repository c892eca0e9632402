package org.imc.platform.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * The plan for one year of a partnership or an affiliate agreement; its progress is the average
 * progress of its goals.
 */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, updatable = false, length = 20)
    private PlanOwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    protected WorkPlan() {}

    WorkPlan(PlanOwner owner, int year) {
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.year = year;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of("ownerKind", ownerKind, "owner", ownerId, "year", year);
    }

    public PlanOwner owner() {
        return new PlanOwner(ownerKind, ownerId);
    }

    public int getYear() {
        return year;
    }
}
