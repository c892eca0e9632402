package org.imc.platform.twinning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanGoalRepository extends JpaRepository<WorkPlanGoal, Long> {

    List<WorkPlanGoal> findByWorkPlanIdOrderByTargetDateAscIdAsc(Long workPlanId);
}
