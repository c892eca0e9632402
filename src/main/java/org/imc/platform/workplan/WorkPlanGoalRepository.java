package org.imc.platform.workplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkPlanGoalRepository extends JpaRepository<WorkPlanGoal, Long> {

    List<WorkPlanGoal> findByWorkPlanIdOrderByTargetDateAscIdAsc(Long workPlanId);

    @Query("select new org.imc.platform.workplan.OverdueGoal("
            + "new org.imc.platform.workplan.PlanOwner(p.ownerKind, p.ownerId), g.id, g.description, g.targetDate) "
            + "from WorkPlanGoal g join WorkPlan p on p.id = g.workPlanId "
            + "where p.ownerKind = :kind and p.ownerId in :owners and g.targetDate < :today "
            + "and g.status in (org.imc.platform.workplan.GoalStatus.PLANNED, "
            + "org.imc.platform.workplan.GoalStatus.IN_PROGRESS) order by g.targetDate, g.id")
    List<OverdueGoal> overdue(
            @Param("kind") PlanOwnerKind kind,
            @Param("owners") Collection<Long> owners,
            @Param("today") LocalDate today,
            Pageable page);
}
