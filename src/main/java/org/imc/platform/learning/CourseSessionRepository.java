package org.imc.platform.learning;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    /** SELECT ... FOR UPDATE: every change to a session's seats or waitlist holds this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CourseSession s where s.id = :id")
    Optional<CourseSession> lockById(Long id);

    List<CourseSession> findByCourseIdOrderByStartDateAscIdAsc(Long courseId);
}
