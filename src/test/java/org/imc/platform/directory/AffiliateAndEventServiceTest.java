package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Affiliates and network events: liaisons and admins maintain them, mayors and members only
 * read them; event dates and links are checked.
 */
class AffiliateAndEventServiceTest extends IntegrationTest {

    /** Marks every row this class creates, so it can be removed afterwards. */
    private static final String MARK = "[aest]";

    @Autowired
    AffiliateService affiliates;

    @Autowired
    NetworkEventService events;

    @Autowired
    AgreementService agreements;

    @AfterEach
    void removeCreatedRows() {
        jdbc.update("delete from affiliate where name like ?", "%" + MARK);
        jdbc.update("delete from network_event where name like ?", "%" + MARK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"liaison", "admin"})
    void liaisonAndAdminCreateAndUpdateAffiliates(String username) throws Exception {
        Affiliate created = callAs(username, () -> affiliates.create(affiliate("Association of Test Towns " + MARK)));
        assertThat(created.getId()).isNotNull();

        AffiliateData was = created.data();
        AffiliateData change = new AffiliateData(
                was.name(),
                was.acronym(),
                was.country(),
                was.scope(),
                RelationshipType.STRATEGIC_ALLIANCE,
                was.liaisonUserId(),
                "Agreement renewed");
        callAs(username, () -> affiliates.update(created.getId(), created.getVersion(), change));

        Affiliate reloaded = callAs("member", () -> affiliates.get(created.getId()));
        assertThat(reloaded.getName()).isEqualTo("Association of Test Towns " + MARK);
        assertThat(reloaded.getNotes()).isEqualTo("Agreement renewed");
        assertThat(reloaded.getRelationshipType()).isEqualTo(RelationshipType.STRATEGIC_ALLIANCE);
        assertThat(reloaded.getVersion()).isEqualTo(created.getVersion() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mayor", "member", "officer", "trainer"})
    void othersCannotCreateOrUpdateAffiliates(String username) throws Exception {
        Affiliate existing = callAs("liaison", () -> affiliates.create(affiliate("Existing Association " + MARK)));
        AffiliateData was = existing.data();
        AffiliateData change = new AffiliateData(
                "Renamed by " + username + " " + MARK,
                was.acronym(),
                was.country(),
                was.scope(),
                was.relationshipType(),
                was.liaisonUserId(),
                was.notes());

        assertThrows(
                AccessDeniedException.class,
                () -> runAs(username, () -> affiliates.create(affiliate("Created by " + username + " " + MARK))));
        assertThrows(
                AccessDeniedException.class,
                () -> runAs(username, () -> affiliates.update(existing.getId(), existing.getVersion(), change)));

        assertThat(callAs(username, () -> affiliates.get(existing.getId()).getName()))
                .isEqualTo("Existing Association " + MARK);
        assertThat(callAs(username, () -> affiliates.count("Created by"))).isZero();
    }

    @Test
    @WithUserDetails("liaison")
    void staleAffiliateEditIsRefused() {
        Affiliate created = affiliates.create(affiliate("Stale Edit Association " + MARK));
        AffiliateData first = withNotes(created.data(), "first");
        affiliates.update(created.getId(), created.getVersion(), first);
        AffiliateData second = withNotes(created.data(), "second");

        assertThrows(
                OptimisticLockingFailureException.class,
                () -> affiliates.update(created.getId(), created.getVersion(), second));
        assertThat(affiliates.get(created.getId()).getNotes()).isEqualTo("first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"liaison", "admin"})
    void liaisonAndAdminCreateUpdateAndDeleteEvents(String username) throws Exception {
        NetworkEvent created = callAs(
                username,
                () -> events.create(event(
                        "Twinning Forum " + MARK,
                        LocalDate.of(2031, 5, 4),
                        LocalDate.of(2031, 5, 6),
                        "https://imc.example/forum")));

        EventData was = created.data();
        EventData change = new EventData(
                was.name(), was.organiser(), "Kigali, Rwanda", was.startDate(), was.endDate(), was.link());
        NetworkEvent updated = callAs(username, () -> events.update(created.getId(), created.getVersion(), change));
        assertThat(callAs("member", () -> events.get(created.getId()).getPlace()))
                .isEqualTo("Kigali, Rwanda");

        runAs(username, () -> events.delete(created.getId(), updated.getVersion()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_event where id = ?", Integer.class, created.getId()))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mayor", "member", "officer", "trainer"})
    void othersCannotCreateUpdateOrDeleteEvents(String username) throws Exception {
        NetworkEvent existing = callAs(
                "liaison",
                () -> events.create(
                        event("Existing Assembly " + MARK, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2), null)));
        EventData was = existing.data();
        EventData change = new EventData(
                "Renamed " + MARK, was.organiser(), was.place(), was.startDate(), was.endDate(), was.link());

        assertThrows(
                AccessDeniedException.class,
                () -> runAs(
                        username,
                        () -> events.create(event(
                                "Created by " + username + " " + MARK,
                                LocalDate.of(2031, 1, 1),
                                LocalDate.of(2031, 1, 1),
                                null))));
        assertThrows(
                AccessDeniedException.class,
                () -> runAs(username, () -> events.update(existing.getId(), existing.getVersion(), change)));
        assertThrows(
                AccessDeniedException.class,
                () -> runAs(username, () -> events.delete(existing.getId(), existing.getVersion())));

        NetworkEvent reloaded = callAs(username, () -> events.get(existing.getId()));
        assertThat(reloaded.getName()).isEqualTo("Existing Assembly " + MARK);
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_event where name like ?", Integer.class, "Created by%"))
                .isZero();
    }

    @Test
    @WithUserDetails("liaison")
    void eventEndingBeforeItStartsIsRefused() {
        String name = "Backwards Conference " + MARK;
        ConstraintViolationException error = assertThrows(
                ConstraintViolationException.class,
                () -> events.create(event(name, LocalDate.of(2031, 6, 10), LocalDate.of(2031, 6, 9), null)));

        assertThat(error.getConstraintViolations())
                .extracting(ConstraintViolation::getMessage)
                .containsExactly(translation("validation.end-before-start"));
        assertThat(countEvents(name)).isZero();
    }

    @Test
    @WithUserDetails("liaison")
    void scriptLinkIsRefused() {
        String name = "Linked Conference " + MARK;
        ConstraintViolationException error = assertThrows(
                ConstraintViolationException.class,
                () -> events.create(
                        event(name, LocalDate.of(2031, 6, 10), LocalDate.of(2031, 6, 10), "javascript:alert(1)")));

        assertThat(error.getConstraintViolations())
                .singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).endsWith(".link"))
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo(translation("validation.url"))
                .isEqualTo("Enter a web address starting with http:// or https://");
        assertThat(countEvents(name)).isZero();
    }

    @Test
    @WithUserDetails("liaison")
    void invalidUpdateLeavesTheEventAsItWas() {
        NetworkEvent created = events.create(event(
                "Stable Summit " + MARK,
                LocalDate.of(2031, 9, 1),
                LocalDate.of(2031, 9, 3),
                "https://imc.example/summit"));
        EventData was = created.data();
        EventData change = new EventData(
                was.name(),
                was.organiser(),
                "Dakar, Senegal",
                was.startDate(),
                LocalDate.of(2031, 8, 31),
                "javascript:alert(1)");

        ConstraintViolationException error = assertThrows(
                ConstraintViolationException.class, () -> events.update(created.getId(), created.getVersion(), change));

        assertThat(error.getConstraintViolations()).hasSize(2);
        NetworkEvent reloaded = events.get(created.getId());
        assertThat(reloaded.getVersion()).isEqualTo(created.getVersion());
        assertThat(reloaded.getPlace()).isNull();
        assertThat(reloaded.getEndDate()).isEqualTo(LocalDate.of(2031, 9, 3));
        assertThat(reloaded.getLink()).isEqualTo("https://imc.example/summit");
    }

    @Test
    void anAffiliatesAgreementDatesAreThoseOfItsCurrentAgreement() throws Exception {
        Affiliate created = callAs("liaison", () -> affiliates.create(affiliate("Dated Association " + MARK)));
        assertThat(callAs("member", () -> affiliates.get(created.getId())).getAgreementEnd())
                .isNull();
        callAs(
                "liaison",
                () -> agreements.create(
                        created.getId(), agreement(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))));
        callAs(
                "liaison",
                () -> agreements.create(
                        created.getId(), agreement(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31))));
        Affiliate reloaded = callAs("member", () -> affiliates.get(created.getId()));
        assertThat(reloaded.getAgreementStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(reloaded.getAgreementEnd()).isEqualTo(LocalDate.of(2030, 12, 31));
        // the list sorts by them in the database
        var byEnd = callAs(
                "member",
                () -> affiliates.list(
                        "",
                        org.springframework.data.domain.PageRequest.of(
                                0,
                                500,
                                org.springframework.data.domain.Sort.by("agreementEnd")
                                        .descending())));
        assertThat(byEnd.getFirst().getAgreementEnd()).isNotNull();
        for (int i = 1; i < byEnd.size(); i++) {
            LocalDate previous = byEnd.get(i - 1).getAgreementEnd();
            LocalDate next = byEnd.get(i).getAgreementEnd();
            assertThat(next == null || (previous != null && !next.isAfter(previous)))
                    .as("sorted at %d", i)
                    .isTrue();
        }
        // an edit of the affiliate leaves them alone: there is nothing of them to edit
        Affiliate edited = callAs(
                "liaison",
                () -> affiliates.update(reloaded.getId(), reloaded.getVersion(), withNotes(reloaded.data(), "n")));
        assertThat(callAs("member", () -> affiliates.get(edited.getId())).getAgreementEnd())
                .isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.columns where table_schema = database() "
                                + "and table_name = 'affiliate' and column_name like 'agreement%'",
                        Long.class))
                .isZero();
    }

    private static AgreementData agreement(LocalDate start, LocalDate end) {
        return new AgreementData(
                RelationshipType.PARTNERSHIP, start, end, null, null, null, null, null, null, null, Set.of());
    }

    private int countEvents(String name) {
        return jdbc.queryForObject("select count(*) from network_event where name = ?", Integer.class, name);
    }

    private static AffiliateData affiliate(String name) {
        return new AffiliateData(
                name,
                "T" + UUID.randomUUID().toString().substring(0, 4),
                "Testland",
                AffiliateScope.NATIONAL,
                RelationshipType.PARTNERSHIP,
                null,
                null);
    }

    private static AffiliateData withNotes(AffiliateData a, String notes) {
        return new AffiliateData(
                a.name(), a.acronym(), a.country(), a.scope(), a.relationshipType(), a.liaisonUserId(), notes);
    }

    private static EventData event(String name, LocalDate start, LocalDate end, String link) {
        return new EventData(name, "International Municipal Collaboration", null, start, end, link);
    }
}
