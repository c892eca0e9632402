package org.imc.platform.learning;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.TextSearch;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The catalogue (readable by everyone signed in) and its upkeep by trainers: a trainer creates
 * courses as their own and changes only their own courses and sessions.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class CourseService {

    static final String COURSE = "Course";
    static final String SESSION = "CourseSession";

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final Seats seats;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ChangeFeed changes;

    private final SdgService sdgs;

    CourseService(
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            Seats seats,
            AuditService audit,
            CurrentUser currentUser,
            UserService users,
            SdgService sdgs,
            ChangeFeed changes) {
        this.sdgs = sdgs;
        this.changes = changes;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.seats = seats;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<Course> list(CourseFilter filter, Pageable pageable) {
        // a total order, so lazy paging never repeats or skips a course
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : Sort.by("title", "id");
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return courses.findBy(specification(filter), q -> q.slice(page)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(CourseFilter filter) {
        return courses.count(specification(filter));
    }

    @Transactional(readOnly = true)
    public Course get(Long id) {
        return courses.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    /** Every course, by title: the choices for a prerequisite. */
    @Transactional(readOnly = true)
    public List<Course> all() {
        return courses.findAllByOrderByTitleAscIdAsc();
    }

    /** The signed-in trainer's own courses. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional(readOnly = true)
    public List<Course> mine() {
        return courses.findByTrainerUserIdOrderByTitleAscIdAsc(
                currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public String trainerName(Course course) {
        return users.summary(course.getTrainerUserId())
                .map(UserSummary::fullName)
                .orElse("");
    }

    @Transactional(readOnly = true)
    public CourseSession session(Long id) {
        return sessions.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    /** A course's sessions, earliest first, with their seat counts. */
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(Long courseId) {
        return sessions.findByCourseIdOrderByStartDateAscIdAsc(courseId).stream()
                .map(s -> new SessionRow(
                        s,
                        seats.seated(s.getId()),
                        enrolments.countBySessionIdAndStatus(s.getId(), EnrolmentStatus.WAITLISTED)))
                .toList();
    }

    /** A trainer creates a course as its trainer. Refused when the prerequisite is missing. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Course create(@Valid CourseData values) {
        checkPrerequisite(null, values.prerequisiteId());
        sdgs.requireKnown(values.sdgTargets());
        Course saved = courses.save(new Course(currentUser.require().id(), values));
        audit.record("CREATE", COURSE, saved.getId(), null, saved.snapshot());
        return saved;
    }

    /**
     * The course's trainer changes it. Refused for an out-of-date copy, for anyone else's course
     * and for a prerequisite that is missing, the course itself or a circle.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Course update(Long id, long expectedVersion, @Valid CourseData values) {
        Course course = owned(id);
        course.requireVersion(expectedVersion);
        checkPrerequisite(id, values.prerequisiteId());
        sdgs.requireKnown(values.sdgTargets());
        Map<String, Object> before = course.snapshot();
        course.update(values);
        courses.saveAndFlush(course);
        audit.record("UPDATE", COURSE, id, before, course.snapshot());
        changes.changed(Topic.course(id));
        return course;
    }

    /** The course's trainer adds a session to it. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public CourseSession createSession(Long courseId, @Valid SessionData values) {
        owned(courseId);
        CourseSession saved = sessions.save(new CourseSession(courseId, values));
        audit.record("CREATE", SESSION, saved.getId(), null, saved.snapshot());
        changes.changed(Topic.course(courseId));
        return saved;
    }

    /**
     * The course's trainer changes a session. Under the session lock: the capacity may not drop
     * below the seats already taken, and a raised capacity promotes waitlisted learners at once.
     * Refused for an out-of-date copy.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public CourseSession updateSession(Long sessionId, long expectedVersion, @Valid SessionData values) {
        CourseSession session = seats.lock(sessionId);
        Course course = owned(session.getCourseId());
        session.requireVersion(expectedVersion);
        long seated = seats.seated(sessionId);
        if (values.capacity() < seated) {
            throw new BusinessException("learning.error.capacity-below-seated", seated);
        }
        Map<String, Object> before = session.snapshot();
        session.update(values);
        sessions.saveAndFlush(session);
        audit.record("UPDATE", SESSION, sessionId, before, session.snapshot());
        seats.promote(session, course.getTitle());
        return session;
    }

    /** The course, if the signed-in trainer teaches it; anyone else is refused. */
    Course owned(Long courseId) {
        Course course = get(courseId);
        if (!Objects.equals(course.getTrainerUserId(), currentUser.require().id())) {
            throw new AccessDeniedException("not the trainer of course " + courseId);
        }
        return course;
    }

    private void checkPrerequisite(Long courseId, Long prerequisiteId) {
        if (prerequisiteId == null) {
            return;
        }
        if (prerequisiteId.equals(courseId)) {
            throw new BusinessException("learning.error.prerequisite-self");
        }
        // no cycles: walk the chain from the proposed prerequisite
        Long step = prerequisiteId;
        for (int depth = 0; step != null && depth < 100; depth++) {
            Course c = courses.findById(step)
                    .orElseThrow(() -> new BusinessException("learning.error.prerequisite-missing"));
            if (courseId != null && courseId.equals(c.getPrerequisiteId())) {
                throw new BusinessException("learning.error.prerequisite-cycle");
            }
            step = c.getPrerequisiteId();
        }
    }

    private static Specification<Course> specification(CourseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = TextSearch.contains(filter.text());
                // the columns' collation is case-insensitive
                predicates.add(cb.or(
                        cb.like(root.get("title"), pattern, TextSearch.ESCAPE),
                        cb.like(root.get("description"), pattern, TextSearch.ESCAPE)));
            }
            if (filter.subProgramme() != null) {
                predicates.add(cb.equal(root.get("subProgramme"), filter.subProgramme()));
            }
            if (filter.format() != null) {
                predicates.add(cb.equal(root.get("format"), filter.format()));
            }
            if (filter.language() != null) {
                predicates.add(cb.equal(root.get("language"), filter.language()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
