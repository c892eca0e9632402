package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Bad profile input is refused with the field's message from the UI bundle, and nothing of the
 * request is saved, not even its valid parts.
 */
@WithUserDetails("mayor")
class MunicipalityProfileValidationTest extends IntegrationTest {

    @Autowired
    MunicipalityService municipalities;

    Long accra;
    ProfileSnapshot before;

    @BeforeEach
    void remember() {
        accra = municipalityId("Accra");
        before = ProfileSnapshot.take(municipalities, accra);
    }

    @AfterEach
    void restore() throws Exception {
        runAs("admin", () -> before.restore());
    }

    @Test
    void emptyNameIsRequired() {
        Set<ConstraintViolation<?>> violations = rejected(p -> p.setName(""));
        assertThat(messagesOf(violations, "name")).containsExactly("Required");
        assertThat(translation("validation.required")).isEqualTo("Required");
    }

    @Test
    void blankNameIsRequired() {
        assertThat(messagesOf(rejected(p -> p.setName("   ")), "name")).containsExactly("Required");
    }

    @Test
    void nameOf121CharactersIsTooLong() {
        Set<ConstraintViolation<?>> violations = rejected(p -> p.setName("A".repeat(121)));
        assertThat(messagesOf(violations, "name")).containsExactly("Too long: at most 120 characters");
        assertThat(translation("validation.max-length")).isEqualTo("Too long: at most {max} characters");
    }

    @Test
    @WithUserDetails("admin") // a municipality's name is changed by admins only
    void nameOf120CharactersIsAccepted() {
        String name = "A".repeat(120);
        MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(accra));
        profile.setName(name);

        municipalities.updateProfile(accra, profile.getVersion(), profile);

        assertThat(municipalities.get(accra).getName()).isEqualTo(name);
    }

    @Test
    void markupInNameIsRefused() {
        Set<ConstraintViolation<?>> violations = rejected(p -> p.setName("<script>alert(1)</script>"));
        assertThat(messagesOf(violations, "name")).containsExactly(translation("validation.plain-text"));
    }

    @Test
    void negativePopulationIsRefused() {
        Set<ConstraintViolation<?>> violations = rejected(p -> p.setPopulation(-1));
        assertThat(messagesOf(violations, "population"))
                .containsExactly("Population must be between 0 and 100,000,000")
                .containsExactly(translation("validation.population"));
    }

    @Test
    void latitudeAbove90IsRefused() {
        Set<ConstraintViolation<?>> violations = rejected(p -> p.setLatitude(new BigDecimal("91")));
        assertThat(messagesOf(violations, "latitude")).containsExactly(translation("validation.latitude"));
    }

    @Test
    void longitudeWithTooManyDecimalsIsRefused() {
        Set<ConstraintViolation<?>> violations = rejected(p -> p.setLongitude(new BigDecimal("-0.1234567")));
        assertThat(messagesOf(violations, "longitude")).containsExactly(translation("validation.coordinate-digits"));
    }

    @Test
    void needLineWithBlankDescriptionIsRefused() {
        Set<ConstraintViolation<?>> violations =
                rejected(p -> p.getNeeds().add(new MunicipalityProfile.Line(SubProgramme.DRINKING_WATER, " ")));
        int index = MunicipalityProfile.of(municipalities.get(accra)).getNeeds().size();
        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("updateProfile.profile.needs[" + index + "].description", "Required"));
    }

    @Test
    void offerLineWithoutSubProgrammeIsRefused() {
        Set<ConstraintViolation<?>> violations =
                rejected(p -> p.getOffers().add(new MunicipalityProfile.Line(null, "Bus rapid transit know-how")));
        assertThat(violations)
                .singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).endsWith(".subProgramme"))
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo("Required"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Set<ConstraintViolation<?>> violations = rejected(p -> {
            p.setName("");
            p.setCountry("<b>Ghana</b>");
            p.setPopulation(-1);
            p.setLatitude(new BigDecimal("91"));
        });
        assertThat(violations)
                .extracting(v -> lastNode(v))
                .containsExactlyInAnyOrder("name", "country", "population", "latitude");
    }

    /**
     * Applies {@code change} plus a valid change of the description, expects the update to be refused
     * and checks that the stored profile (including the description) is exactly as before.
     */
    private Set<ConstraintViolation<?>> rejected(Consumer<MunicipalityProfile> change) {
        Municipality stored = municipalities.get(accra);
        MunicipalityProfile profile = MunicipalityProfile.of(stored);
        profile.setDescription("Valid part of a refused edit " + UUID.randomUUID());
        change.accept(profile);

        ConstraintViolationException error = assertThrows(
                ConstraintViolationException.class,
                () -> municipalities.updateProfile(accra, profile.getVersion(), profile));

        Municipality reloaded = municipalities.get(accra);
        assertThat(reloaded.getVersion()).isEqualTo(stored.getVersion());
        assertThat(reloaded.getName()).isEqualTo(stored.getName());
        assertThat(reloaded.getCountry()).isEqualTo(stored.getCountry());
        assertThat(reloaded.getDescription()).isEqualTo(stored.getDescription());
        assertThat(reloaded.getPopulation()).isEqualTo(stored.getPopulation());
        assertThat(reloaded.getLatitude()).isEqualByComparingTo(stored.getLatitude());
        assertThat(reloaded.getLongitude()).isEqualByComparingTo(stored.getLongitude());
        assertThat(reloaded.getNeeds()).isEqualTo(stored.getNeeds());
        assertThat(reloaded.getOffers()).isEqualTo(stored.getOffers());
        return error.getConstraintViolations();
    }

    private static List<String> messagesOf(Set<ConstraintViolation<?>> violations, String field) {
        assertThat(violations)
                .extracting(MunicipalityProfileValidationTest::lastNode)
                .containsOnly(field);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
