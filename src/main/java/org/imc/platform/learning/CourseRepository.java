package org.imc.platform.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {

    List<Course> findByTrainerUserIdOrderByTitleAscIdAsc(Long trainerUserId);

    List<Course> findAllByOrderByTitleAscIdAsc();
}
