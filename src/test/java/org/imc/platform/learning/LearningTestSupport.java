package org.imc.platform.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Learning service tests: fresh users, courses and sessions with names nobody else uses, removed
 * again after each test so the demo data stays as it was.
 */
abstract class LearningTestSupport extends IntegrationTest {

    static final String PREFIX = "lt-";

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    CertificateService certificates;

    @Autowired
    Roster roster;

    @Autowired
    MyLearning myLearning;

    @Autowired
    EnrolmentRepository enrolmentRepository;

    final List<String> createdUsers = new ArrayList<>();
    final List<Long> createdCourses = new ArrayList<>();

    /** A user straight in the database, with MEMBER and any further roles. */
    String newUser(String fullName, String... roles) {
        String username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash, enabled) values (?, ?, ?, ?, true)",
                username,
                fullName == null ? "Learner " + username : fullName,
                username + "@test.example",
                "{noop}unused");
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'MEMBER' from app_user where username = ?",
                username);
        for (String role : roles) {
            jdbc.update(
                    "insert into app_user_role (user_id, role) select id, ? from app_user where username = ?",
                    role,
                    username);
        }
        createdUsers.add(username);
        return username;
    }

    List<String> newUsers(int count) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(newUser(null));
        }
        return users;
    }

    Course newCourse(String trainer, Long prerequisiteId) throws Exception {
        CourseData values = new CourseData(
                "Test course " + ThreadLocalRandom.current().nextInt(1_000_000),
                null,
                org.imc.platform.base.SubProgramme.SANITATION,
                CourseLanguage.ENGLISH,
                CourseFormat.LIVE_ONLINE,
                8,
                prerequisiteId,
                java.util.Set.of());
        Course course = callAs(trainer, () -> courses.create(values));
        createdCourses.add(course.getId());
        return course;
    }

    static SessionData sessionValues(String name, int capacity, boolean approval) {
        return new SessionData(
                name,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                capacity,
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(10),
                approval);
    }

    static SessionData withCapacity(SessionData d, int capacity) {
        return new SessionData(
                d.name(),
                d.startDate(),
                d.endDate(),
                capacity,
                d.enrolmentOpens(),
                d.enrolmentCloses(),
                d.approvalRequired());
    }

    static SessionData withStart(SessionData d, LocalDate start) {
        return new SessionData(
                d.name(),
                start,
                d.endDate(),
                d.capacity(),
                d.enrolmentOpens(),
                d.enrolmentCloses(),
                d.approvalRequired());
    }

    static SessionData withWindow(SessionData d, LocalDate opens, LocalDate closes) {
        return new SessionData(d.name(), d.startDate(), d.endDate(), d.capacity(), opens, closes, d.approvalRequired());
    }

    static CourseData withTitle(CourseData d, String title) {
        return new CourseData(
                title,
                d.description(),
                d.subProgramme(),
                d.language(),
                d.format(),
                d.durationHours(),
                d.prerequisiteId(),
                d.sdgTargets());
    }

    static CourseData withPrerequisite(CourseData d, Long prerequisiteId) {
        return new CourseData(
                d.title(),
                d.description(),
                d.subProgramme(),
                d.language(),
                d.format(),
                d.durationHours(),
                prerequisiteId,
                d.sdgTargets());
    }

    CourseSession newSession(String trainer, Course course, int capacity, boolean approval) throws Exception {
        return callAs(
                trainer, () -> courses.createSession(course.getId(), sessionValues("Cohort", capacity, approval)));
    }

    Enrolment enrol(String user, CourseSession session) throws Exception {
        return callAs(user, () -> enrolments.enrol(session.getId()));
    }

    /** The enrolment as stored now (read in its own transaction, after the service's has committed). */
    Enrolment reload(Long enrolmentId) {
        return enrolmentRepository.findById(enrolmentId).orElseThrow();
    }

    /** Waitlist of a session as user names in position order, with the positions checked to be 1..N. */
    List<String> waitlist(Long sessionId) {
        List<Integer> positions = jdbc.queryForList(
                "select waitlist_position from enrolment where session_id = ? "
                        + "and status = 'WAITLISTED' order by waitlist_position",
                Integer.class,
                sessionId);
        for (int i = 0; i < positions.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(positions.get(i)).isEqualTo(i + 1);
        }
        return jdbc.queryForList(
                "select u.username from enrolment e join app_user u on u.id = e.user_id "
                        + "where e.session_id = ? and e.status = 'WAITLISTED' order by e.waitlist_position",
                String.class,
                sessionId);
    }

    long countStatus(Long sessionId, EnrolmentStatus status) {
        return jdbc.queryForObject(
                "select count(*) from enrolment where session_id = ? and status = ?",
                Long.class,
                sessionId,
                status.name());
    }

    long notifications(String username, String key) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.recipient_id "
                        + "where u.username = ? and n.message_key = ?",
                Long.class,
                username,
                key);
    }

    @AfterEach
    void removeTestData() {
        // prerequisites point backwards, so the newest course goes first
        for (int i = createdCourses.size() - 1; i >= 0; i--) {
            LearningFixtures.removeCourse(jdbc, createdCourses.get(i));
        }
        for (String username : createdUsers) {
            jdbc.update(
                    "delete n from notification n join app_user u on u.id = n.recipient_id where u.username = ?",
                    username);
            jdbc.update("delete from app_user where username = ?", username);
        }
        createdCourses.clear();
        createdUsers.clear();
    }
}
