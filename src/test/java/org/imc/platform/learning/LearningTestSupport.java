package org.imc.platform.learning;

import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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

    final List<String> createdUsers = new ArrayList<>();
    final List<Long> createdCourses = new ArrayList<>();

    /** A user straight in the database, with MEMBER and any further roles. */
    String newUser(String fullName, String... roles) {
        String username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        jdbc.update("insert into app_user (username, full_name, email, password_hash, enabled) values (?, ?, ?, ?, true)",
                username, fullName == null ? "Learner " + username : fullName, username + "@test.example", "{noop}unused");
        jdbc.update("insert into app_user_role (user_id, role) select id, 'MEMBER' from app_user where username = ?", username);
        for (String role : roles) {
            jdbc.update("insert into app_user_role (user_id, role) select id, ? from app_user where username = ?", role, username);
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
        Course values = new Course();
        values.setTitle("Test course " + ThreadLocalRandom.current().nextInt(1_000_000));
        values.setSubProgramme(org.imc.platform.base.SubProgramme.SANITATION);
        values.setDurationHours(8);
        values.setPrerequisiteId(prerequisiteId);
        Course course = callAs(trainer, () -> courses.create(values));
        createdCourses.add(course.getId());
        return course;
    }

    static CourseSession sessionValues(String name, int capacity, boolean approval) {
        CourseSession s = new CourseSession();
        s.setName(name);
        s.setStartDate(LocalDate.now().minusDays(1));
        s.setEndDate(LocalDate.now().plusDays(30));
        s.setCapacity(capacity);
        s.setEnrolmentOpens(LocalDate.now().minusDays(10));
        s.setEnrolmentCloses(LocalDate.now().plusDays(10));
        s.setApprovalRequired(approval);
        return s;
    }

    CourseSession newSession(String trainer, Course course, int capacity, boolean approval) throws Exception {
        return callAs(trainer, () -> courses.createSession(course.getId(), sessionValues("Cohort", capacity, approval)));
    }

    Enrolment enrol(String user, CourseSession session) throws Exception {
        return callAs(user, () -> enrolments.enrol(session.getId()));
    }

    Enrolment reload(Long enrolmentId) {
        return jdbc.queryForObject("select status, waitlist_position, session_id, over_enrolled from enrolment where id = ?",
                (rs, i) -> {
                    Enrolment e = new Enrolment(rs.getLong(3), null, EnrolmentStatus.valueOf(rs.getString(1)),
                            (Integer) rs.getObject(2));
                    e.setOverEnrolled(rs.getBoolean(4));
                    return e;
                }, enrolmentId);
    }

    /** Waitlist of a session as user names in position order, with the positions checked to be 1..N. */
    List<String> waitlist(Long sessionId) {
        List<Integer> positions = jdbc.queryForList("select waitlist_position from enrolment where session_id = ? "
                + "and status = 'WAITLISTED' order by waitlist_position", Integer.class, sessionId);
        for (int i = 0; i < positions.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(positions.get(i)).isEqualTo(i + 1);
        }
        return jdbc.queryForList("select u.username from enrolment e join app_user u on u.id = e.user_id "
                + "where e.session_id = ? and e.status = 'WAITLISTED' order by e.waitlist_position", String.class, sessionId);
    }

    long countStatus(Long sessionId, EnrolmentStatus status) {
        return jdbc.queryForObject("select count(*) from enrolment where session_id = ? and status = ?", Long.class,
                sessionId, status.name());
    }

    long notifications(String username, String key) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id "
                + "where u.username = ? and n.message_key = ?", Long.class, username, key);
    }

    @AfterEach
    void removeTestData() {
        for (Long courseId : createdCourses) {
            jdbc.update("delete c from certificate c join enrolment e on e.id = c.enrolment_id join course_session s "
                    + "on s.id = e.session_id where s.course_id = ?", courseId);
            jdbc.update("delete e from enrolment e join course_session s on s.id = e.session_id where s.course_id = ?", courseId);
            jdbc.update("delete from course_session where course_id = ?", courseId);
        }
        for (int i = createdCourses.size() - 1; i >= 0; i--) {
            jdbc.update("delete from course where id = ?", createdCourses.get(i));
        }
        for (String username : createdUsers) {
            jdbc.update("delete n from notification n join app_user u on u.id = n.recipient_id where u.username = ?", username);
            jdbc.update("delete from app_user where username = ?", username);
        }
        createdCourses.clear();
        createdUsers.clear();
    }
}
