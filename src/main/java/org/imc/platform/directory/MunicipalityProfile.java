package org.imc.platform.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/**
 * The editable profile of a municipality, as the profile form binds it. {@link #getVersion()}
 * is the version the editor started from; a newer one in the database means someone else saved.
 */
public class MunicipalityProfile {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.max-length}")
    @PlainText
    private String country = "";

    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    private String region = "";

    @Min(value = 0, message = "{validation.population}")
    @Max(value = 100_000_000, message = "{validation.population}")
    private Integer population;

    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    private String languages = "";

    @DecimalMin(value = "-90", message = "{validation.latitude}")
    @DecimalMax(value = "90", message = "{validation.latitude}")
    @Digits(integer = 3, fraction = 6, message = "{validation.coordinate-digits}")
    private BigDecimal latitude;

    @DecimalMin(value = "-180", message = "{validation.longitude}")
    @DecimalMax(value = "180", message = "{validation.longitude}")
    @Digits(integer = 3, fraction = 6, message = "{validation.coordinate-digits}")
    private BigDecimal longitude;

    @Size(max = 5000, message = "{validation.max-length}")
    private String description = "";

    @NotNull
    private Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

    @Valid
    @Size(max = 30, message = "{validation.too-many}")
    private List<Line> needs = new ArrayList<>();

    @Valid
    @Size(max = 30, message = "{validation.too-many}")
    private List<Line> offers = new ArrayList<>();

    private long version;

    public static MunicipalityProfile of(Municipality m) {
        MunicipalityProfile p = new MunicipalityProfile();
        p.name = m.getName();
        p.country = m.getCountry();
        p.region = m.getRegion() == null ? "" : m.getRegion();
        p.population = m.getPopulation();
        p.languages = m.getLanguages() == null ? "" : m.getLanguages();
        p.latitude = m.getLatitude();
        p.longitude = m.getLongitude();
        p.description = m.getDescription() == null ? "" : m.getDescription();
        p.pillars = m.getPillars();
        p.needs = new ArrayList<>(m.getNeeds().stream()
                .map(r -> new Line(r.subProgramme(), r.description()))
                .toList());
        p.offers = new ArrayList<>(m.getOffers().stream()
                .map(r -> new Line(r.subProgramme(), r.description()))
                .toList());
        p.version = m.getVersion();
        return p;
    }

    /** One need or offer line in the form. */
    public static class Line {

        @NotNull(message = "{validation.required}")
        private SubProgramme subProgramme;

        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.max-length}")
        @PlainText
        private String description = "";

        public Line() {}

        public Line(SubProgramme subProgramme, String description) {
            this.subProgramme = subProgramme;
            this.description = description;
        }

        public SubProgramme getSubProgramme() {
            return subProgramme;
        }

        public void setSubProgramme(SubProgramme subProgramme) {
            this.subProgramme = subProgramme;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Pillar> getPillars() {
        return pillars;
    }

    public void setPillars(Set<Pillar> pillars) {
        this.pillars = pillars == null
                ? EnumSet.noneOf(Pillar.class)
                : EnumSet.copyOf(pillars.isEmpty() ? EnumSet.noneOf(Pillar.class) : pillars);
    }

    public List<Line> getNeeds() {
        return needs;
    }

    public void setNeeds(List<Line> needs) {
        this.needs = needs == null ? new ArrayList<>() : needs;
    }

    public List<Line> getOffers() {
        return offers;
    }

    public void setOffers(List<Line> offers) {
        this.offers = offers == null ? new ArrayList<>() : offers;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
