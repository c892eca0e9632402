package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every enrolment state change on MariaDB, as each role may (or may not) do it.
 */
class EnrolmentServiceTest extends LearningTestSupport {

    @Test
    void enrolmentSeatsLearnersUntilFullThenWaitlistsThemInOrder() throws Exception {
        CourseSession session = newSession("trainer", newCourse("trainer", null), 2, false);
        List<String> users = newUsers(4);
        List<Enrolment> result = new java.util.ArrayList<>();
        for (String u : users) {
            result.add(enrol(u, session));
        }
        assertThat(result)
                .extracting(Enrolment::getStatus)
                .containsExactly(
                        EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.WAITLISTED,
                        EnrolmentStatus.WAITLISTED);
        assertThat(result).extracting(Enrolment::getWaitlistPosition).containsExactly(null, null, 1, 2);
        assertThat(waitlist(session.getId())).containsExactly(users.get(2), users.get(3));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Enrolment' and action = 'ENROL' "
                                + "and entity_id = ?",
                        Long.class,
                        result.get(0).getId().toString()))
                .isEqualTo(1);

        BusinessException twice = assertThrows(BusinessException.class, () -> enrol(users.get(0), session));
        assertThat(twice.getMessageKey()).isEqualTo("learning.error.already-enrolled");
        assertThat(hasTranslation(twice.getMessageKey())).isTrue();
    }

    @Test
    void withdrawalPromotesTheFirstWaitlistedLearnerAndKeepsPositionsContiguous() throws Exception {
        CourseSession session = newSession("trainer", newCourse("trainer", null), 1, false);
        List<String> users = newUsers(5);
        List<Enrolment> e = new java.util.ArrayList<>();
        for (String u : users) {
            e.add(enrol(u, session));
        }
        // a waitlisted learner leaves: the ones behind move up
        callAs(users.get(2), () -> enrolments.withdraw(e.get(2).getId()));
        assertThat(waitlist(session.getId())).containsExactly(users.get(1), users.get(3), users.get(4));

        // the seated learner leaves: the head of the waitlist gets the seat and is told
        callAs(users.get(0), () -> enrolments.withdraw(e.get(0).getId()));
        assertThat(reload(e.get(1).getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(notifications(users.get(1), "learning.notify.promoted")).isEqualTo(1);
        assertThat(waitlist(session.getId())).containsExactly(users.get(3), users.get(4));
        assertThat(countStatus(session.getId(), EnrolmentStatus.ENROLLED)).isEqualTo(1);

        // enrolling again after withdrawing reuses the row and queues at the end
        Enrolment again = enrol(users.get(0), session);
        assertThat(again.getId()).isEqualTo(e.get(0).getId());
        assertThat(again.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(waitlist(session.getId())).containsExactly(users.get(3), users.get(4), users.get(0));

        // nobody withdraws someone else
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(users.get(3), () -> enrolments.withdraw(e.get(4).getId())));
    }

    @Test
    void raisingTheCapacityPromotesWaitlistedLearnersInOrderAndLoweringBelowSeatsIsRefused() throws Exception {
        Course course = newCourse("trainer", null);
        CourseSession session = newSession("trainer", course, 2, false);
        List<String> users = newUsers(5);
        for (String u : users) {
            enrol(u, session);
        }
        SessionData stored = SessionData.of(callAs("trainer", () -> courses.session(session.getId())));
        SessionData values = withCapacity(stored, 1);
        CourseSession current = callAs("trainer", () -> courses.session(session.getId()));
        BusinessException below = assertThrows(
                BusinessException.class,
                () -> callAs("trainer", () -> courses.updateSession(current.getId(), current.getVersion(), values)));
        assertThat(below.getMessageKey()).isEqualTo("learning.error.capacity-below-seated");

        SessionData raised = withCapacity(stored, 4);
        callAs("trainer", () -> courses.updateSession(current.getId(), current.getVersion(), raised));
        assertThat(countStatus(session.getId(), EnrolmentStatus.ENROLLED)).isEqualTo(4);
        assertThat(waitlist(session.getId())).containsExactly(users.get(4));
        assertThat(notifications(users.get(2), "learning.notify.promoted")).isEqualTo(1);
        assertThat(notifications(users.get(3), "learning.notify.promoted")).isEqualTo(1);
        assertThat(notifications(users.get(4), "learning.notify.promoted")).isZero();
    }

    @Test
    void approvalSessionsMakeEnrolmentsPendingTheTrainerApprovesOrRejectsAndRejectionPromotes() throws Exception {
        Course course = newCourse("trainer", null);
        CourseSession session = newSession("trainer", course, 2, true);
        List<String> users = newUsers(3);
        Enrolment a = enrol(users.get(0), session);
        Enrolment b = enrol(users.get(1), session);
        Enrolment c = enrol(users.get(2), session);
        assertThat(List.of(a.getStatus(), b.getStatus(), c.getStatus()))
                .containsExactly(EnrolmentStatus.PENDING, EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED);
        assertThat(notifications("trainer", "learning.notify.pending")).isGreaterThanOrEqualTo(2);

        // a member cannot decide
        assertThrows(AccessDeniedException.class, () -> callAs("member", () -> enrolments.approve(a.getId())));
        assertThat(reload(a.getId()).getStatus()).isEqualTo(EnrolmentStatus.PENDING);

        callAs("trainer", () -> enrolments.approve(a.getId()));
        assertThat(reload(a.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(notifications(users.get(0), "learning.notify.approved")).isEqualTo(1);

        callAs("trainer", () -> enrolments.reject(b.getId()));
        assertThat(reload(b.getId()).getStatus()).isEqualTo(EnrolmentStatus.REJECTED);
        // the freed seat goes to the waitlist head, who now awaits approval in turn
        assertThat(reload(c.getId()).getStatus()).isEqualTo(EnrolmentStatus.PENDING);
        assertThat(notifications(users.get(2), "learning.notify.promoted-pending"))
                .isEqualTo(1);
        assertThat(waitlist(session.getId())).isEmpty();

        // a decided enrolment cannot be decided again, and a rejected learner cannot re-enrol
        BusinessException again =
                assertThrows(BusinessException.class, () -> callAs("trainer", () -> enrolments.approve(b.getId())));
        assertThat(again.getMessageKey()).isEqualTo("learning.error.transition");
        assertThat(assertThrows(BusinessException.class, () -> enrol(users.get(1), session))
                        .getMessageKey())
                .isEqualTo("learning.error.cannot-re-enrol");
    }

    @Test
    void aTrainerManagesOnlyTheirOwnCoursesAndMembersManageNone() throws Exception {
        String otherTrainer = newUser("Other Trainer", "TRAINER");
        Course course = newCourse("trainer", null);
        CourseSession session = newSession("trainer", course, 1, false);
        List<String> users = newUsers(2);
        Enrolment seated = enrol(users.get(0), session);
        Enrolment waiting = enrol(users.get(1), session);

        assertThrows(
                AccessDeniedException.class, () -> callAs(otherTrainer, () -> roster.participants(session.getId())));
        assertThrows(
                AccessDeniedException.class, () -> callAs(otherTrainer, () -> enrolments.overEnrol(waiting.getId())));
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(otherTrainer, () -> enrolments.recordOutcome(seated.getId(), EnrolmentStatus.COMPLETED)));
        SessionData values = withCapacity(SessionData.of(session), 5);
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(otherTrainer, () -> courses.updateSession(session.getId(), session.getVersion(), values)));
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(
                        otherTrainer,
                        () -> courses.createSession(course.getId(), sessionValues("Intruder", 3, false))));
        CourseData edit = withTitle(CourseData.of(course), "Taken over");
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(otherTrainer, () -> courses.update(course.getId(), course.getVersion(), edit)));
        assertThrows(AccessDeniedException.class, () -> callAs("member", () -> courses.create(edit)));
        assertThrows(AccessDeniedException.class, () -> callAs("member", () -> roster.participants(session.getId())));
        assertThrows(AccessDeniedException.class, () -> callAs("member", () -> enrolments.reject(seated.getId())));

        // nothing changed
        assertThat(reload(seated.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(waitlist(session.getId())).containsExactly(users.get(1));
        assertThat(callAs("member", () -> courses.session(session.getId())).getCapacity())
                .isEqualTo(1);
        assertThat(callAs("member", () -> courses.get(course.getId())).getTitle())
                .isEqualTo(course.getTitle());
        assertThat(callAs(otherTrainer, () -> courses.mine())).isEmpty();
    }

    @Test
    void aClosedWindowOrAMissingPrerequisiteIsAClearRefusal() throws Exception {
        Course basics = newCourse("trainer", null);
        Course advanced = newCourse("trainer", basics.getId());
        CourseSession basicSession = newSession("trainer", basics, 5, false);
        CourseSession advancedSession = newSession("trainer", advanced, 5, false);
        String learner = newUser(null);

        BusinessException missing = assertThrows(BusinessException.class, () -> enrol(learner, advancedSession));
        assertThat(missing.getMessageKey()).isEqualTo("learning.error.prerequisite");
        assertThat(missing.getArgs()).containsExactly(basics.getTitle());
        assertThat(countStatus(advancedSession.getId(), EnrolmentStatus.ENROLLED))
                .isZero();

        Enrolment basic = enrol(learner, basicSession);
        callAs("trainer", () -> enrolments.recordOutcome(basic.getId(), EnrolmentStatus.COMPLETED));
        assertThat(enrol(learner, advancedSession).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);

        CourseSession closed = callAs("trainer", () -> {
            SessionData v = withWindow(
                    sessionValues("Closed", 5, false),
                    LocalDate.now().minusDays(20),
                    LocalDate.now().minusDays(1));
            return courses.createSession(basics.getId(), v);
        });
        BusinessException window = assertThrows(BusinessException.class, () -> enrol(newUser(null), closed));
        assertThat(window.getMessageKey()).isEqualTo("learning.error.window-closed");
        assertThat(hasTranslation("learning.error.window-closed")).isTrue();

        // a course cannot require itself or go round in a circle
        CourseData loop = withPrerequisite(CourseData.of(basics), advanced.getId());
        assertThat(assertThrows(
                                BusinessException.class,
                                () -> callAs(
                                        "trainer",
                                        () -> courses.update(
                                                basics.getId(),
                                                courses.get(basics.getId()).getVersion(),
                                                loop)))
                        .getMessageKey())
                .isEqualTo("learning.error.prerequisite-cycle");
    }

    @Test
    void overEnrolmentIsExplicitAndAudited() throws Exception {
        CourseSession session = newSession("trainer", newCourse("trainer", null), 1, false);
        List<String> users = newUsers(3);
        enrol(users.get(0), session);
        Enrolment second = enrol(users.get(1), session);
        enrol(users.get(2), session);

        callAs("trainer", () -> enrolments.overEnrol(second.getId()));
        Enrolment now = reload(second.getId());
        assertThat(now.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(now.isOverEnrolled()).isTrue();
        assertThat(countStatus(session.getId(), EnrolmentStatus.ENROLLED)).isEqualTo(2);
        assertThat(waitlist(session.getId())).containsExactly(users.get(2));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'OVER_ENROL' and entity_id = ? "
                                + "and actor = 'trainer'",
                        Long.class,
                        second.getId().toString()))
                .isEqualTo(1);
        // ordinary enrolment still respects the capacity
        assertThat(enrol(newUser(null), session).getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
    }

    @Test
    void aParticipantMovesToAnotherSessionWithASeatAndTheirOldSeatIsPassedOn() throws Exception {
        Course course = newCourse("trainer", null);
        CourseSession from = newSession("trainer", course, 1, false);
        CourseSession full = newSession("trainer", course, 1, false);
        CourseSession roomy = newSession("trainer", course, 3, false);
        List<String> users = newUsers(3);
        Enrolment moving = enrol(users.get(0), from);
        Enrolment waiting = enrol(users.get(1), from);
        enrol(users.get(2), full);

        BusinessException noSeat = assertThrows(
                BusinessException.class, () -> callAs("trainer", () -> enrolments.move(moving.getId(), full.getId())));
        assertThat(noSeat.getMessageKey()).isEqualTo("learning.error.move-target-full");
        assertThat(reload(moving.getId()).getSessionId()).isEqualTo(from.getId());

        callAs("trainer", () -> enrolments.move(moving.getId(), roomy.getId()));
        assertThat(reload(moving.getId()).getSessionId()).isEqualTo(roomy.getId());
        assertThat(reload(moving.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(notifications(users.get(0), "learning.notify.moved")).isEqualTo(1);
        assertThat(reload(waiting.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(waitlist(from.getId())).isEmpty();

        // only within the same course
        CourseSession elsewhere = newSession("trainer", newCourse("trainer", null), 5, false);
        assertThat(assertThrows(
                                BusinessException.class,
                                () -> callAs("trainer", () -> enrolments.move(moving.getId(), elsewhere.getId())))
                        .getMessageKey())
                .isEqualTo("learning.error.move-other-course");
    }

    @Test
    void completionIssuesAVerifiableCertificateWithAnUnguessableCode() throws Exception {
        Course course = newCourse("trainer", null);
        CourseSession session = newSession("trainer", course, 3, false);
        String learner = newUser("Ama Serwaa Boateng");
        String failing = newUser(null);
        Enrolment e = enrol(learner, session);
        Enrolment f = enrol(failing, session);

        // the learner cannot mark their own completion
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(learner, () -> enrolments.recordOutcome(e.getId(), EnrolmentStatus.COMPLETED)));

        callAs("trainer", () -> enrolments.recordOutcome(e.getId(), EnrolmentStatus.COMPLETED));
        callAs("trainer", () -> enrolments.recordOutcome(f.getId(), EnrolmentStatus.FAILED));
        String code =
                jdbc.queryForObject("select code from certificate where enrolment_id = ?", String.class, e.getId());
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate where enrolment_id = ?", Long.class, f.getId()))
                .isZero();
        assertThat(notifications(learner, "learning.notify.completed")).isEqualTo(1);

        VerifiedCertificate verified =
                certificates.verify(code.toLowerCase().replace("-", " ")).orElseThrow();
        assertThat(verified.learnerName()).isEqualTo("Ama Serwaa Boateng");
        assertThat(verified.courseTitle()).isEqualTo(course.getTitle());
        assertThat(verified.issuedOn()).isEqualTo(LocalDate.now());
        assertThat(certificates.verify("0000-0000-0000-0000-0000")).isEmpty();
        assertThat(certificates.verify("not a code")).isEmpty();
        assertThat(certificates.verify(null)).isEmpty();

        // outcomes are final
        assertThat(assertThrows(
                                BusinessException.class,
                                () -> callAs(
                                        "trainer", () -> enrolments.recordOutcome(e.getId(), EnrolmentStatus.NO_SHOW)))
                        .getMessageKey())
                .isEqualTo("learning.error.transition");

        long downloadsBefore = certificateDownloads(e.getId());
        byte[] pdf =
                callAs(learner, () -> myLearning.certificatePdf(e.getId(), org.imc.platform.base.Language.ENGLISH));
        assertThat(certificateDownloads(e.getId())).isEqualTo(downloadsBefore + 1);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Certificate of completion", "Ama Serwaa Boateng", course.getTitle(), code);
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(
                        failing, () -> myLearning.certificatePdf(e.getId(), org.imc.platform.base.Language.ENGLISH)));
        assertThat(callAs(learner, () -> myLearning.enrolments()))
                .singleElement()
                .satisfies(m -> assertThat(m.certificateCode()).isEqualTo(code));

        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            codes.add(certificates.newCode());
        }
        assertThat(codes).hasSize(2000);
    }

    @Test
    void outcomesWaitUntilTheSessionHasStarted() throws Exception {
        Course course = newCourse("trainer", null);
        CourseSession future = callAs("trainer", () -> {
            SessionData v =
                    withStart(sessionValues("Later", 3, false), LocalDate.now().plusDays(5));
            return courses.createSession(course.getId(), v);
        });
        Enrolment e = enrol(newUser(null), future);
        assertThat(assertThrows(
                                BusinessException.class,
                                () -> callAs(
                                        "trainer",
                                        () -> enrolments.recordOutcome(e.getId(), EnrolmentStatus.COMPLETED)))
                        .getMessageKey())
                .isEqualTo("learning.error.not-started");
        assertThat(reload(e.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void theRosterCsvDefusesFormulasInNames() throws Exception {
        CourseSession session = newSession("trainer", newCourse("trainer", null), 2, false);
        String sneaky = newUser("=HYPERLINK(\"http://evil.example\",\"x\")");
        enrol(sneaky, session);
        enrol(newUser("-2+3"), session);
        enrol(newUser("Plain Name"), session);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        callAs("trainer", () -> {
            roster.writeCsv(session.getId(), out);
            return null;
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("session,username,name,email,status");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(csv).contains(",'-2+3,");
        assertThat(csv).contains("Plain Name").contains("WAITLISTED");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThrows(
                AccessDeniedException.class,
                () -> callAs("member", () -> {
                    roster.writeCsv(session.getId(), new ByteArrayOutputStream());
                    return null;
                }));
    }

    @Test
    void invalidCoursesAndSessionsAreRefusedAndNothingIsSaved() throws Exception {
        long coursesBefore = jdbc.queryForObject("select count(*) from course", Long.class);
        CourseData bad = new CourseData(
                " ", null, null, CourseLanguage.ENGLISH, CourseFormat.LIVE_ONLINE, 0, null, java.util.Set.of());
        ConstraintViolationException invalid =
                assertThrows(ConstraintViolationException.class, () -> callAs("trainer", () -> courses.create(bad)));
        assertThat(invalid.getConstraintViolations())
                .extracting(v -> v.getPropertyPath().toString())
                .contains("create.values.title", "create.values.durationHours", "create.values.subProgramme");
        assertThat(jdbc.queryForObject("select count(*) from course", Long.class))
                .isEqualTo(coursesBefore);

        Course course = newCourse("trainer", null);
        SessionData bad0 = sessionValues("Bad", 0, false);
        SessionData s =
                withWindow(bad0, bad0.enrolmentOpens(), bad0.enrolmentOpens().minusDays(1));
        ConstraintViolationException sessionInvalid = assertThrows(
                ConstraintViolationException.class,
                () -> callAs("trainer", () -> courses.createSession(course.getId(), s)));
        assertThat(sessionInvalid.getConstraintViolations())
                .extracting(v -> v.getMessage())
                .contains(translation("learning.validation.capacity"), translation("learning.validation.window"));
        assertThat(callAs("trainer", () -> courses.sessions(course.getId()))).isEmpty();
    }

    private long certificateDownloads(Long enrolmentId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DOWNLOAD' and entity_type = 'Certificate' and entity_id = ?",
                Long.class,
                String.valueOf(enrolmentId));
    }
}
