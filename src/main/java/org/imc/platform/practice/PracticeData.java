package org.imc.platform.practice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.imc.platform.base.Language;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/** A practice as its author writes it; the form binds it and {@link PracticeService} takes it. */
public record PracticeData(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") @PlainText
        String title,

        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.max-length}") @PlainText
        String summary,

        @NotBlank(message = "{validation.required}") @Size(max = 8000, message = "{validation.max-length}") @PlainText
        String problem,

        @NotBlank(message = "{validation.required}") @Size(max = 8000, message = "{validation.max-length}") @PlainText
        String whatWasDone,

        @NotBlank(message = "{validation.required}") @Size(max = 8000, message = "{validation.max-length}") @PlainText
        String results,

        Long indicatorGoalId,

        @DecimalMin(value = "0.00", message = "{practice.validation.cost}")
        @DecimalMax(value = "1000000000.00", message = "{practice.validation.cost}")
        BigDecimal cost,

        @Size(max = 8000, message = "{validation.max-length}") @PlainText
        String lessons,

        Long municipalityId,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.max-length}") @PlainText
        String country,

        @NotNull(message = "{validation.required}") Language language,

        @NotEmpty(message = "{validation.required}") Set<SubProgramme> subProgrammes,

        Set<String> sdgTargets) {

    public static PracticeData blank(String country) {
        return new PracticeData(
                "", "", "", "", "", null, null, "", null, country, Language.ENGLISH, Set.of(), Set.of());
    }

    /** The same, with this contact municipality. */
    public PracticeData withMunicipality(Long id) {
        return new PracticeData(
                title,
                summary,
                problem,
                whatWasDone,
                results,
                indicatorGoalId,
                cost,
                lessons,
                id,
                country,
                language,
                subProgrammes,
                sdgTargets);
    }

    public static PracticeData of(Practice p) {
        return new PracticeData(
                p.getTitle(),
                p.getSummary(),
                p.getProblem(),
                p.getWhatWasDone(),
                p.getResults(),
                p.getIndicatorGoalId(),
                p.getCost(),
                p.getLessons(),
                p.getMunicipalityId(),
                p.getCountry(),
                p.getLanguage(),
                Set.copyOf(p.getSubProgrammes()),
                Set.copyOf(p.getSdgTargets()));
    }
}
