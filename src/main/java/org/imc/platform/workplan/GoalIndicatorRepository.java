package org.imc.platform.workplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalIndicatorRepository extends JpaRepository<GoalIndicator, Long> {

    Optional<GoalIndicator> findByGoalId(Long goalId);

    List<GoalIndicator> findByGoalIdIn(Collection<Long> goalIds);
}
