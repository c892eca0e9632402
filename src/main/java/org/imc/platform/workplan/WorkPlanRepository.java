package org.imc.platform.workplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findByOwnerKindAndOwnerIdOrderByYearDesc(PlanOwnerKind ownerKind, Long ownerId);

    Optional<WorkPlan> findByOwnerKindAndOwnerIdAndYear(PlanOwnerKind ownerKind, Long ownerId, int year);
}
