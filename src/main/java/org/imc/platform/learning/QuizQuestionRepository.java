package org.imc.platform.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuizQuestionRepository extends JpaRepository<QuizQuestion, Long> {

    List<QuizQuestion> findByModuleIdOrderByPositionAsc(Long moduleId);

    long countByModuleId(Long moduleId);

    @Query("select coalesce(max(q.position), 0) from QuizQuestion q where q.moduleId = :moduleId")
    int maxPosition(Long moduleId);
}
