package org.imc.platform.twinning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findByTwinningIdOrderByYearDesc(Long twinningId);

    Optional<WorkPlan> findByTwinningIdAndYear(Long twinningId, int year);
}
