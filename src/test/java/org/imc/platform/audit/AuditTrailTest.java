package org.imc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.imc.platform.directory.DemoProfilesTest;
import org.imc.platform.directory.Municipality;
import org.imc.platform.directory.MunicipalityProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Profile changes land in the audit trail (who, what, before → after), and admins, only
 * admins, search it by actor, entity and date range.
 */
class AuditTrailTest extends DemoProfilesTest {

    private static final Pageable NEWEST_FIRST = PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "id"));

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails("mayor")
    void profileUpdateRecordsWhoAndBeforeAndAfter() throws Exception {
        Municipality before = municipalities.get(accra);
        MunicipalityProfile profile = MunicipalityProfile.of(before);
        profile.setPopulation(before.getPopulation() + 1000);
        String description = "Audited change " + UUID.randomUUID();
        profile.setDescription(description);

        municipalities.updateProfile(accra, profile.getVersion(), profile);

        AuditEvent event =
                callAs("admin", () -> newest(new AuditQuery("mayor", "Municipality", accra.toString(), null, null)));
        assertThat(event.getActor()).isEqualTo("mayor");
        assertThat(event.getAction()).isEqualTo("UPDATE");
        assertThat(event.getEntityType()).isEqualTo("Municipality");
        assertThat(event.getEntityId()).isEqualTo(accra.toString());
        assertThat(event.getBeforeState())
                .contains("population: " + before.getPopulation())
                .contains("name: Accra")
                .doesNotContain(description);
        assertThat(event.getAfterState())
                .contains("population: " + (before.getPopulation() + 1000))
                .contains("description: " + description);
        assertThat(event.getOccurredAt())
                .isBetween(
                        java.time.Instant.now().minusSeconds(60),
                        java.time.Instant.now().plusSeconds(1));
    }

    @Test
    @WithUserDetails("mayor")
    void refusedUpdateLeavesNoTrace() throws Exception {
        long lastId = lastAuditId();
        MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(kingston));
        profile.setDescription("Not allowed");

        assertThrows(
                AccessDeniedException.class,
                () -> municipalities.updateProfile(kingston, profile.getVersion(), profile));

        MunicipalityProfile invalid = MunicipalityProfile.of(municipalities.get(accra));
        invalid.setName("");
        assertThrows(
                jakarta.validation.ConstraintViolationException.class,
                () -> municipalities.updateProfile(accra, invalid.getVersion(), invalid));

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where id > ? and entity_type = 'Municipality'",
                        Integer.class,
                        lastId))
                .isZero();
    }

    @Test
    void searchFiltersByActorEntityAndDateRange() throws Exception {
        AuditEvent byMayor = updateAs("mayor", accra);
        AuditEvent byAdmin = updateAs("admin", kingston);

        runAs("admin", () -> {
            List<AuditEvent> mayors = search(new AuditQuery("mayor", null, null, null, null));
            assertThat(mayors)
                    .extracting(AuditEvent::getId)
                    .contains(byMayor.getId())
                    .doesNotContain(byAdmin.getId());
            assertThat(mayors).extracting(AuditEvent::getActor).containsOnly("mayor");

            List<AuditEvent> kingstons = search(new AuditQuery(null, "Municipality", kingston.toString(), null, null));
            assertThat(kingstons)
                    .extracting(AuditEvent::getId)
                    .contains(byAdmin.getId())
                    .doesNotContain(byMayor.getId());
            assertThat(kingstons).allSatisfy(e -> {
                assertThat(e.getEntityType()).isEqualTo("Municipality");
                assertThat(e.getEntityId()).isEqualTo(kingston.toString());
            });

            List<AuditEvent> municipalitiesOnly = search(new AuditQuery(null, " Municipality ", null, null, null));
            assertThat(municipalitiesOnly).extracting(AuditEvent::getEntityType).containsOnly("Municipality");
            assertThat(municipalitiesOnly).extracting(AuditEvent::getId).contains(byMayor.getId(), byAdmin.getId());

            LocalDate day = byMayor.getOccurredAt().atZone(ZoneOffset.UTC).toLocalDate();
            assertThat(search(new AuditQuery("mayor", null, null, day, day)))
                    .extracting(AuditEvent::getId)
                    .contains(byMayor.getId());
            assertThat(search(new AuditQuery("mayor", null, null, day, null)))
                    .extracting(AuditEvent::getId)
                    .contains(byMayor.getId());
            assertThat(search(new AuditQuery("mayor", null, null, null, day)))
                    .extracting(AuditEvent::getId)
                    .contains(byMayor.getId());
            assertThat(search(new AuditQuery("mayor", null, null, day.plusDays(1), null)))
                    .extracting(AuditEvent::getId)
                    .doesNotContain(byMayor.getId());
            assertThat(search(new AuditQuery("mayor", null, null, null, day.minusDays(1))))
                    .extracting(AuditEvent::getId)
                    .doesNotContain(byMayor.getId());
            assertThat(search(new AuditQuery(null, null, null, day.minusDays(1), day.minusDays(1))))
                    .allSatisfy(e -> assertThat(
                                    e.getOccurredAt().atZone(ZoneOffset.UTC).toLocalDate())
                            .isEqualTo(day.minusDays(1)));

            AuditQuery combined = new AuditQuery("mayor", "Municipality", accra.toString(), day, day);
            assertThat(search(combined))
                    .extracting(AuditEvent::getId)
                    .contains(byMayor.getId())
                    .doesNotContain(byAdmin.getId());
            assertThat(audit.count(combined))
                    .isEqualTo(audit.search(combined, PageRequest.of(0, 1)).getTotalElements());
            assertThat(audit.search(new AuditQuery("nobody-at-all", null, null, null, null), NEWEST_FIRST))
                    .isEmpty();
        });
    }

    @Test
    @WithUserDetails("admin")
    void searchPagesAndSortsInTheDatabase() {
        Page<AuditEvent> first =
                audit.search(AuditQuery.all(), PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "id")));
        Page<AuditEvent> second =
                audit.search(AuditQuery.all(), PageRequest.of(1, 3, Sort.by(Sort.Direction.DESC, "id")));

        assertThat(first.getTotalElements())
                .isEqualTo(audit.count(AuditQuery.all()))
                .isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
        assertThat(first.getContent())
                .extracting(AuditEvent::getId)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        if (second.hasContent()) {
            assertThat(second.getContent().getFirst().getId())
                    .isLessThan(first.getContent().getLast().getId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mayor", "liaison", "member", "officer", "trainer"})
    void onlyAdminsSearchTheTrail(String username) throws Exception {
        runAs(username, () -> {
            assertThrows(AccessDeniedException.class, () -> audit.search(AuditQuery.all(), PageRequest.of(0, 10)));
            assertThrows(AccessDeniedException.class, () -> audit.count(AuditQuery.all()));
        });
    }

    private AuditEvent updateAs(String username, Long id) throws Exception {
        return callAs(username, () -> {
            MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(id));
            profile.setDescription("Change by " + username + " " + UUID.randomUUID());
            municipalities.updateProfile(id, profile.getVersion(), profile);
            return callAs("admin", () -> newest(new AuditQuery(username, "Municipality", id.toString(), null, null)));
        });
    }

    private AuditEvent newest(AuditQuery query) {
        return audit.search(query, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id")))
                .getContent()
                .getFirst();
    }

    private List<AuditEvent> search(AuditQuery query) {
        return audit.search(query, NEWEST_FIRST).getContent();
    }

    private long lastAuditId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }
}
