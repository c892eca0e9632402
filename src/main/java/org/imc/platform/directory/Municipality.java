package org.imc.platform.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.Pillar;

/**
 * A municipality of the network with its profile, the pillars it works on and its needs and
 * offers. Changing any of these raises the version, so concurrent profile edits are detected.
 */
@Entity
@Table(name = "municipality")
public class Municipality extends BaseEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String country;

    @Column(length = 120)
    private String region;

    private Integer population;

    @Column(length = 200)
    private String languages;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(columnDefinition = "TEXT")
    private String description;

    @ElementCollection
    @CollectionTable(name = "municipality_pillar", joinColumns = @JoinColumn(name = "municipality_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "pillar", nullable = false, length = 50)
    private Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

    @ElementCollection
    @CollectionTable(name = "municipality_resource", joinColumns = @JoinColumn(name = "municipality_id"))
    private List<MunicipalResource> resources = new ArrayList<>();

    protected Municipality() {}

    public Municipality(String name, String country) {
        this.name = name;
        this.country = country;
    }

    /** What the audit trail keeps of it. */
    public Map<String, Object> snapshot() {
        return Snapshot.of(
                "name",
                getName(),
                "country",
                getCountry(),
                "region",
                getRegion(),
                "population",
                getPopulation(),
                "languages",
                getLanguages(),
                "latitude",
                getLatitude(),
                "longitude",
                getLongitude(),
                "pillars",
                getPillars(),
                "needs",
                getNeeds().stream()
                        .map(r -> r.subProgramme() + " — " + r.description())
                        .toList(),
                "offers",
                getOffers().stream()
                        .map(r -> r.subProgramme() + " — " + r.description())
                        .toList(),
                "description",
                getDescription());
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getRegion() {
        return region;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getLanguages() {
        return languages;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getDescription() {
        return description;
    }

    public Set<Pillar> getPillars() {
        return pillars.isEmpty() ? EnumSet.noneOf(Pillar.class) : EnumSet.copyOf(pillars);
    }

    public List<MunicipalResource> getNeeds() {
        return resources.stream().filter(r -> r.kind() == ResourceKind.NEED).toList();
    }

    public List<MunicipalResource> getOffers() {
        return resources.stream().filter(r -> r.kind() == ResourceKind.OFFER).toList();
    }

    /** Whether saving {@code profile} would change what identifies this municipality: name, country or region. */
    boolean identityChangedBy(MunicipalityProfile profile) {
        return !Objects.equals(name, profile.getName().trim())
                || !Objects.equals(country, profile.getCountry().trim())
                || !Objects.equals(region, blankToNull(profile.getRegion()));
    }

    void apply(MunicipalityProfile profile) {
        name = profile.getName().trim();
        country = profile.getCountry().trim();
        region = blankToNull(profile.getRegion());
        population = profile.getPopulation();
        languages = blankToNull(profile.getLanguages());
        latitude = profile.getLatitude();
        longitude = profile.getLongitude();
        description = blankToNull(profile.getDescription());
        if (!pillars.equals(profile.getPillars())) {
            pillars.clear();
            pillars.addAll(profile.getPillars());
        }
        List<MunicipalResource> wanted = new ArrayList<>();
        profile.getNeeds()
                .forEach(n -> wanted.add(new MunicipalResource(
                        ResourceKind.NEED,
                        n.getSubProgramme(),
                        n.getDescription().trim())));
        profile.getOffers()
                .forEach(o -> wanted.add(new MunicipalResource(
                        ResourceKind.OFFER,
                        o.getSubProgramme(),
                        o.getDescription().trim())));
        if (!resources.equals(wanted)) {
            resources.clear();
            resources.addAll(wanted);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
