package org.imc.platform.twinning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WorkPlanGoalRepository extends JpaRepository<WorkPlanGoal, Long> {

    List<WorkPlanGoal> findByWorkPlanIdOrderByTargetDateAscIdAsc(Long workPlanId);
}
