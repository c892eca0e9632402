package org.imc.platform.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findBySessionIdAndLearnerUserId(Long sessionId, Long learnerUserId);

    long countBySessionIdAndStatusIn(Long sessionId, Collection<EnrolmentStatus> statuses);

    long countBySessionIdAndStatus(Long sessionId, EnrolmentStatus status);

    @Query("select coalesce(max(e.waitlistPosition), 0) from Enrolment e where e.sessionId = :sessionId")
    int maxWaitlistPosition(Long sessionId);

    List<Enrolment> findBySessionIdAndStatusOrderByWaitlistPositionAsc(Long sessionId, EnrolmentStatus status);

    @Query("""
            select count(e) > 0 from Enrolment e, CourseSession s
            where e.sessionId = s.id and s.courseId = :courseId and e.learnerUserId = :learnerUserId
              and e.status = org.imc.platform.learning.EnrolmentStatus.COMPLETED""")
    boolean hasCompleted(Long learnerUserId, Long courseId);

    @Query("select e.sessionId from Enrolment e where e.id = :id")
    Optional<Long> sessionIdOf(Long id);

    long countByLearnerUserIdAndStatusIn(Long learnerUserId, Collection<EnrolmentStatus> statuses);
}
