package org.imc.platform.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {

    List<Course> findByTrainerUserIdOrderByTitleAscIdAsc(Long trainerUserId);

    List<Course> findAllByOrderByTitleAscIdAsc();
}
