package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.imc.platform.audit.AuditEvent;
import org.imc.platform.audit.AuditQuery;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * User administration is for admins only; bad input is refused with a translated reason and
 * nothing is created; every change lands in the audit trail.
 */
class UserServiceTest extends IntegrationTest {

    /** Prefix of every user this class creates, removed again after each test. */
    private static final String PREFIX = "ust-";

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @AfterEach
    void removeCreatedUsers() {
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    @WithUserDetails("admin")
    void adminCreatesAndFindsUsers() {
        String username = uniqueName();
        AppUser created = users.invite(form(username, Role.MEMBER, Role.TRAINER));

        assertThat(created.getId()).isNotNull();
        AppUser loaded = users.get(created.getId());
        assertThat(loaded.getUsername()).isEqualTo(username);
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.MEMBER, Role.TRAINER);
        assertThat(loaded.getMunicipalityId()).isNull();
        assertThat(loaded.isEnabled()).as("until the invitation is accepted").isFalse();
        assertThat(users.page(username, PageRequest.of(0, 10)))
                .extracting(AppUser::getUsername)
                .containsExactly(username);
        assertThat(users.count(username)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username))
                .as("a password nobody knows")
                .startsWith("{bcrypt}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where user_id = ? and purpose = 'INVITATION'",
                        Integer.class,
                        created.getId()))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void mayorIsLinkedToTheirMunicipalityAndOthersAreNot() {
        Long accra = municipalityId("Accra");
        UserForm mayorForm = form(uniqueName(), Role.MAYOR, Role.MEMBER);
        mayorForm.setMunicipalityId(accra);
        UserForm memberForm = form(uniqueName(), Role.MEMBER);
        memberForm.setMunicipalityId(accra);

        assertThat(users.invite(mayorForm).getMunicipalityId()).isEqualTo(accra);
        assertThat(users.invite(memberForm).getMunicipalityId()).isNull();
        assertThat(users.mayorsOf(accra)).extracting(UserSummary::username).contains("mayor", mayorForm.getUsername());
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "mayor", "liaison", "officer", "trainer"})
    void everyAdministrationMethodIsDeniedToNonAdmins(String username) throws Exception {
        Long memberId = userId("member");
        long usersBefore = jdbc.queryForObject("select count(*) from app_user", Long.class);

        runAs(username, () -> {
            assertThrows(AccessDeniedException.class, () -> users.page(null, PageRequest.of(0, 10)));
            assertThrows(AccessDeniedException.class, () -> users.count(null));
            assertThrows(AccessDeniedException.class, () -> users.get(memberId));
            assertThrows(AccessDeniedException.class, () -> users.isLocked("member"));
            assertThrows(AccessDeniedException.class, () -> users.invite(form(uniqueName(), Role.ADMIN)));
            UserForm promote = UserForm.of(callAs("admin", () -> users.get(memberId)));
            promote.setRoles(EnumSet.of(Role.ADMIN, Role.MEMBER));
            assertThrows(AccessDeniedException.class, () -> users.update(memberId, promote.getVersion(), promote));
            assertThrows(AccessDeniedException.class, () -> users.setEnabled(memberId, false));
            assertThrows(AccessDeniedException.class, () -> users.unlock(memberId));
        });

        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(usersBefore);
        AppUser member = callAs("admin", () -> users.get(memberId));
        assertThat(member.getRoles()).containsExactlyInAnyOrder(Role.MEMBER);
        assertThat(member.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("liaison")
    void liaisonMayPickUsersByRoleButNotAdministerThem() {
        assertThat(users.withRole(Role.LIAISON))
                .extracting(UserSummary::username)
                .contains("liaison");
        assertThrows(AccessDeniedException.class, () -> users.page(null, PageRequest.of(0, 10)));
    }

    @Test
    @WithUserDetails("member")
    void memberMayReadNamesOnly() {
        assertThat(users.summary(userId("mayor")))
                .get()
                .extracting(UserSummary::fullName)
                .isEqualTo("Akosua Mensah");
        assertThrows(AccessDeniedException.class, () -> users.withRole(Role.MAYOR));
    }

    @Test
    @WithUserDetails("mayor")
    void anySignedInUserMayLearnWhomToNotifyAsIds() {
        assertThat(users.idsWithRole(Role.FUND_OFFICER))
                .contains(userId("officer"), userId("officer2"))
                .doesNotContain(userId("mayor"), userId("liaison"));
    }

    @Test
    @WithUserDetails("admin")
    void malformedEmailIsRefusedAndNothingIsCreated() {
        String username = uniqueName();
        UserForm form = form(username, Role.MEMBER);
        form.setEmail("not-an-address@");

        ConstraintViolationException error = assertThrows(ConstraintViolationException.class, () -> users.invite(form));

        assertThat(error.getConstraintViolations())
                .singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).endsWith(".email"))
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo(translation("validation.email"))
                .isEqualTo("Enter a valid e-mail address, e.g. name@example.org");
        assertThat(exists(username)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void usernameWithCapitalsOrMarkupInNameIsRefused() {
        UserForm capitals = form("Ust-Capital", Role.MEMBER);
        assertThat(assertThrows(ConstraintViolationException.class, () -> users.invite(capitals))
                        .getConstraintViolations())
                .extracting(ConstraintViolation::getMessage)
                .containsExactly(translation("validation.username.pattern"));

        UserForm markup = form(uniqueName(), Role.MEMBER);
        markup.setFullName("<img src=x onerror=alert(1)>");
        assertThat(assertThrows(ConstraintViolationException.class, () -> users.invite(markup))
                        .getConstraintViolations())
                .extracting(ConstraintViolation::getMessage)
                .containsExactly(translation("validation.plain-text"));
        assertThat(exists(markup.getUsername())).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void takenUsernameIsRefused() {
        UserForm form = form("mayor", Role.MEMBER);
        form.setFullName("Somebody Else");

        BusinessException error = assertThrows(BusinessException.class, () -> users.invite(form));

        assertThat(error.getMessageKey()).isEqualTo("user.error.username-taken");
        assertThat(hasTranslation(error.getMessageKey()))
                .as("translation of %s", error.getMessageKey())
                .isTrue();
        assertThat(users.get(userId("mayor")).getFullName()).isEqualTo("Akosua Mensah");
    }

    @Test
    @WithUserDetails("admin")
    void mayorWithoutMunicipalityIsRefused() {
        String username = uniqueName();

        BusinessException error = assertThrows(BusinessException.class, () -> users.invite(form(username, Role.MAYOR)));

        assertThat(error.getMessageKey()).isEqualTo("user.error.mayor-needs-municipality");
        assertThat(hasTranslation(error.getMessageKey()))
                .as("translation of %s", error.getMessageKey())
                .isTrue();
        assertThat(exists(username)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void createDisableAndUnlockAreAudited() {
        String username = uniqueName();
        AppUser created = users.invite(form(username, Role.MEMBER));
        users.setEnabled(created.getId(), true);
        users.setEnabled(created.getId(), false);
        users.setEnabled(created.getId(), false); // no change, no entry
        users.unlock(created.getId());

        List<AuditEvent> events = audit.search(
                        new AuditQuery(null, "User", created.getId().toString(), null, null),
                        PageRequest.of(0, 20, Sort.by("id")))
                .getContent();

        assertThat(events)
                .extracting(AuditEvent::getAction)
                .containsExactly("CREATE", "INVITE", "ENABLE", "DISABLE", "UNLOCK");
        assertThat(events).extracting(AuditEvent::getActor).containsOnly("admin");
        assertThat(events.get(0).getBeforeState()).isNull();
        assertThat(events.get(0).getAfterState())
                .contains("username: " + username)
                .doesNotContain("password");
        assertThat(events.get(3).getBeforeState()).isEqualTo("enabled: true");
        assertThat(events.get(3).getAfterState()).isEqualTo("enabled: false");
        assertThat(events.get(4).getAfterState()).isEqualTo("locked: false");
        assertThat(users.get(created.getId()).isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void adminCannotDisableOrDemoteThemselves() {
        Long self = userId("admin");
        BusinessException disable = assertThrows(BusinessException.class, () -> users.setEnabled(self, false));
        assertThat(disable.getMessageKey()).isEqualTo("user.error.self-disable");
        assertThat(hasTranslation(disable.getMessageKey())).isTrue();

        UserForm demoted = UserForm.of(users.get(self));
        demoted.setRoles(Set.of(Role.MEMBER));
        BusinessException demote =
                assertThrows(BusinessException.class, () -> users.update(self, demoted.getVersion(), demoted));
        assertThat(demote.getMessageKey()).isEqualTo("user.error.self-demote");
        assertThat(users.get(self).isEnabled()).isTrue();
        assertThat(users.get(self).getRoles()).contains(Role.ADMIN);
    }

    private boolean exists(String username) {
        return jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username) > 0;
    }

    static String uniqueName() {
        return PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    static UserForm form(String username, Role... roles) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test User " + username);
        form.setEmail(username + "@test.example");
        form.setRoles(Set.of(roles));
        return form;
    }
}
