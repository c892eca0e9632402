package org.imc.platform.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseModuleRepository extends JpaRepository<CourseModule, Long> {

    List<CourseModule> findByCourseIdOrderByPositionAsc(Long courseId);

    Optional<CourseModule> findByCourseIdAndPosition(Long courseId, int position);

    long countByCourseId(Long courseId);
}
