package org.imc.platform.results;

import java.time.LocalDate;
import java.util.List;

/** An active partnership as the public may see it: the two cities, their countries, since when, its themes. */
public record ActivePartnership(
        String firstMunicipality,
        String firstCountry,
        String secondMunicipality,
        String secondCountry,
        LocalDate since,
        List<String> themes) {}
