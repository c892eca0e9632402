package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Who may change a municipality's profile: its own mayor and admins, nobody else, also when the
 * service is called directly (not through a view).
 */
class MunicipalityProfileAuthorizationTest extends DemoProfilesTest {

    @Test
    @WithUserDetails("mayor")
    void mayorEditsTheirOwnMunicipality() {
        String description = "Edited by the mayor of Accra " + UUID.randomUUID();
        MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(accra));
        profile.setDescription(description);

        Municipality saved = municipalities.updateProfile(accra, profile.getVersion(), profile);

        assertThat(saved.getDescription()).isEqualTo(description);
        Municipality reloaded = municipalities.get(accra);
        assertThat(reloaded.getDescription()).isEqualTo(description);
        assertThat(reloaded.getVersion()).isEqualTo(accraBefore.version() + 1);
        assertThat(municipalities.canEdit(accra)).isTrue();
        assertThat(municipalities.canEdit(kingston)).isFalse();
    }

    @Test
    @WithUserDetails("mayor")
    void mayorCannotEditAnotherMunicipalityEvenCallingTheServiceDirectly() {
        Municipality before = municipalities.get(kingston);
        MunicipalityProfile profile = MunicipalityProfile.of(before);
        profile.setDescription("Taken over by the mayor of Accra");

        assertThrows(
                AccessDeniedException.class,
                () -> municipalities.updateProfile(kingston, profile.getVersion(), profile));

        Municipality after = municipalities.get(kingston);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getDescription()).isEqualTo(before.getDescription());
    }

    @Test
    @WithUserDetails("mayor")
    void mayorCannotChangeTheIdentityOfTheirOwnMunicipality() {
        Municipality before = municipalities.get(accra);
        MunicipalityProfile renamed = MunicipalityProfile.of(before);
        renamed.setName("Kingston");
        MunicipalityProfile moved = MunicipalityProfile.of(before);
        moved.setCountry("Jamaica");
        MunicipalityProfile otherRegion = MunicipalityProfile.of(before);
        otherRegion.setRegion("Surrey");

        for (MunicipalityProfile profile : List.of(renamed, moved, otherRegion)) {
            BusinessException refused = assertThrows(
                    BusinessException.class, () -> municipalities.updateProfile(accra, profile.getVersion(), profile));
            assertThat(refused.getMessageKey()).isEqualTo("directory.error.identity-admin-only");
        }

        Municipality after = municipalities.get(accra);
        assertThat(after.getName()).isEqualTo("Accra");
        assertThat(after.getCountry()).isEqualTo(before.getCountry());
        assertThat(after.getRegion()).isEqualTo(before.getRegion());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(municipalities.canEditIdentity()).isFalse();
        assertThat(hasTranslation("directory.error.identity-admin-only")).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void adminRenamesAndMovesAMunicipality() {
        MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(accra));
        profile.setName("Accra Metropolitan");
        profile.setCountry("Republic of Ghana");
        profile.setRegion("Greater Accra Region");

        municipalities.updateProfile(accra, profile.getVersion(), profile);

        Municipality reloaded = municipalities.get(accra);
        assertThat(reloaded.getName()).isEqualTo("Accra Metropolitan");
        assertThat(reloaded.getCountry()).isEqualTo("Republic of Ghana");
        assertThat(reloaded.getRegion()).isEqualTo("Greater Accra Region");
        assertThat(municipalities.canEditIdentity()).isTrue();
    }

    @Test
    @WithUserDetails("mayor2")
    void theOtherMayorCannotEditAccra() {
        MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(accra));
        profile.setName("Kingston North");

        assertThrows(
                AccessDeniedException.class, () -> municipalities.updateProfile(accra, profile.getVersion(), profile));

        assertThat(municipalities.get(accra).getName()).isEqualTo("Accra");
        assertThat(municipalities.get(accra).getVersion()).isEqualTo(accraBefore.version());
    }

    @Test
    @WithUserDetails("admin")
    void adminEditsAnyMunicipality() {
        for (Long id : new Long[] {accra, kingston}) {
            String description = "Edited by an administrator " + UUID.randomUUID();
            MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(id));
            profile.setDescription(description);
            profile.setPopulation(123_456);

            municipalities.updateProfile(id, profile.getVersion(), profile);

            Municipality reloaded = municipalities.get(id);
            assertThat(reloaded.getDescription()).isEqualTo(description);
            assertThat(reloaded.getPopulation()).isEqualTo(123_456);
        }
    }

    @Test
    @WithUserDetails("admin")
    void mayorIsNotifiedWhenSomebodyElseChangesTheProfile() throws Exception {
        Long mayorId = principal("mayor").id();
        int before = unreadFor(mayorId);
        MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(accra));
        profile.setDescription("Changed by an administrator " + UUID.randomUUID());

        municipalities.updateProfile(accra, profile.getVersion(), profile);

        assertThat(unreadFor(mayorId)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select message_args from notification where recipient_id = ? order by id desc limit 1",
                        String.class,
                        mayorId))
                .startsWith("Accra")
                .contains("Ada Administrator");
        // the mayor's own edit does not notify the mayor
        runAs("mayor", () -> {
            MunicipalityProfile own = MunicipalityProfile.of(municipalities.get(accra));
            own.setDescription("Changed by the mayor " + UUID.randomUUID());
            municipalities.updateProfile(accra, own.getVersion(), own);
        });
        assertThat(unreadFor(mayorId)).isEqualTo(before + 1);
        jdbc.update("delete from notification where recipient_id = ?", mayorId);
    }

    private int unreadFor(Long userId) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and read_at is null", Integer.class, userId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "liaison", "officer", "officer2", "trainer"})
    void rolesOtherThanMayorAndAdminCannotEditAnyProfile(String username) throws Exception {
        for (Long id : new Long[] {accra, kingston}) {
            MunicipalityProfile profile = callAs(username, () -> MunicipalityProfile.of(municipalities.get(id)));
            profile.setDescription("Edited by " + username);

            assertThrows(
                    AccessDeniedException.class,
                    () -> runAs(username, () -> municipalities.updateProfile(id, profile.getVersion(), profile)));
        }
        assertThat(callAs("admin", () -> municipalities.get(accra).getVersion()))
                .isEqualTo(accraBefore.version());
        assertThat(callAs("admin", () -> municipalities.get(kingston).getVersion()))
                .isEqualTo(kingstonBefore.version());
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsDenied() throws Exception {
        MunicipalityProfile profile = callAs("admin", () -> MunicipalityProfile.of(municipalities.get(accra)));
        profile.setDescription("Edited anonymously");

        assertThrows(
                AccessDeniedException.class, () -> municipalities.updateProfile(accra, profile.getVersion(), profile));
        assertThrows(AccessDeniedException.class, () -> municipalities.get(accra));
        assertThrows(
                AccessDeniedException.class,
                () -> municipalities.list(MunicipalityFilter.none(), PageRequest.of(0, 10)));
        assertThat(callAs("admin", () -> municipalities.get(accra).getVersion()))
                .isEqualTo(accraBefore.version());
    }

    @Test
    void callWithoutAnySecurityContextIsRefused() throws Exception {
        MunicipalityProfile profile = callAs("admin", () -> MunicipalityProfile.of(municipalities.get(accra)));
        profile.setDescription("Edited by a background thread");
        SecurityContextHolder.clearContext();

        assertThrows(
                AuthenticationCredentialsNotFoundException.class,
                () -> municipalities.updateProfile(accra, profile.getVersion(), profile));
        assertThrows(
                AuthenticationCredentialsNotFoundException.class,
                () -> municipalities.count(MunicipalityFilter.none()));
        assertThat(callAs("admin", () -> municipalities.get(accra).getVersion()))
                .isEqualTo(accraBefore.version());
    }
}
