package org.imc.platform.twinning;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.imc.platform.base.SubProgramme;

/** A proposal's themes as one comma-separated column (they are only ever read with the proposal). */
@Converter
class ThemesConverter implements AttributeConverter<Set<SubProgramme>, String> {

    @Override
    public String convertToDatabaseColumn(Set<SubProgramme> themes) {
        return themes == null ? "" : themes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<SubProgramme> convertToEntityAttribute(String column) {
        Set<SubProgramme> themes = EnumSet.noneOf(SubProgramme.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(SubProgramme::valueOf)
                    .forEach(themes::add);
        }
        return themes;
    }
}
