package org.imc.platform.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.scale.ScaleVocabulary.Country;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with the scale data set: municipalities spread over the countries of
 * {@link ScaleVocabulary} with pillars, needs and offers, and users (all members; every tenth one
 * the mayor of a generated municipality, a few liaisons, fund officers, trainers and admins).
 * <p>
 * Rows go in with JDBC batches inside one transaction, so the data set is either complete or
 * absent. Generated users are named {@code scale-user-NNNNNN}; when they exist the generator does
 * nothing. All generated users share one password, {@value #PASSWORD}, hashed once. With the
 * {@code prod} profile the generator refuses to run: the data set includes admins with that password.
 */
class ScaleDataGenerator {

    static final String USERNAME_PREFIX = "scale-user-";
    static final String PASSWORD = "scale-demo";

    private static final Logger LOG = LoggerFactory.getLogger(ScaleDataGenerator.class);
    private static final int CHUNK = 2_000;
    private static final int USERS_PER_MAYOR = 10;
    private static final String EMAIL_DOMAIN = "@scale.imc.example";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final ScaleProperties properties;
    private final Environment environment;

    ScaleDataGenerator(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder,
            ScaleProperties properties,
            Environment environment) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.environment = environment;
    }

    /** Generates the data set unless it is already there. */
    void generate() {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("Scale data is never generated with the prod profile");
        }
        long existing = countScaleUsers();
        if (existing > 0) {
            LOG.info("Scale data already present ({} generated users): nothing to generate", existing);
            System.out.printf(
                    Locale.ROOT,
                    "Scale data already present (%,d generated users, %,d municipalities "
                            + "in total): generation skipped%n",
                    existing,
                    count("municipality"));
            return;
        }
        long started = System.nanoTime();
        Counts counts = transaction.execute(status -> insertAll());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "Scale data generated in %.1f s: %,d municipalities (%,d pillars, %,d needs "
                        + "and offers), %,d users (%,d roles); every generated user signs in with password \"%s\"%n",
                seconds,
                counts.municipalities,
                counts.pillars,
                counts.resources,
                counts.users,
                counts.roles,
                PASSWORD);
    }

    private long countScaleUsers() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE username LIKE ?", Long.class, USERNAME_PREFIX + "%");
        return n == null ? 0 : n;
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private Counts insertAll() {
        Random random = new Random(properties.seed());
        Counts counts = new Counts();
        long firstMunicipalityId = nextId("municipality");
        insertMunicipalities(random, firstMunicipalityId, counts);
        insertUsers(random, firstMunicipalityId, counts);
        return counts;
    }

    /** Ids are assigned here (after the highest existing one) so pillars, needs and users can refer to them. */
    private long nextId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    // ---- municipalities --------------------------------------------------------------------------------

    private record MunicipalityRow(
            long id,
            String name,
            String country,
            String region,
            int population,
            String languages,
            BigDecimal latitude,
            BigDecimal longitude,
            String description) {}

    private record PillarRow(long municipalityId, Pillar pillar) {}

    private record ResourceRow(long municipalityId, String kind, SubProgramme subProgramme, String description) {}

    private void insertMunicipalities(Random random, long firstId, Counts counts) {
        List<Country> weighted = weightedCountries();
        List<MunicipalityRow> municipalities = new ArrayList<>(CHUNK);
        List<PillarRow> pillars = new ArrayList<>(CHUNK * 2);
        List<ResourceRow> resources = new ArrayList<>(CHUNK * 3);
        for (int i = 0; i < properties.municipalities(); i++) {
            long id = firstId + i;
            Country country = ScaleVocabulary.pick(random, weighted);
            MunicipalityRow m = municipality(random, id, country);
            municipalities.add(m);
            for (Pillar pillar : pillars(random)) {
                pillars.add(new PillarRow(id, pillar));
            }
            resources.addAll(resources(random, id));
            if (municipalities.size() == CHUNK || i == properties.municipalities() - 1) {
                flushMunicipalities(municipalities, pillars, resources, counts);
            }
        }
        LOG.info("Inserted {} municipalities", counts.municipalities);
    }

    private static List<Country> weightedCountries() {
        List<Country> weighted = new ArrayList<>();
        for (Country country : ScaleVocabulary.COUNTRY_LIST) {
            weighted.addAll(Collections.nCopies(country.weight(), country));
        }
        return weighted;
    }

    private static MunicipalityRow municipality(Random random, long id, Country country) {
        String name = country.style().name(random);
        String region = ScaleVocabulary.pick(random, country.regions());
        // log-normal: most municipalities are towns of some 10,000-50,000 people, a few are cities of millions
        int population =
                (int) Math.round(Math.min(12_000_000, Math.max(800, Math.exp(10.2 + 1.3 * random.nextGaussian()))));
        List<String> languages = country.languages()
                .subList(0, 1 + random.nextInt(country.languages().size()));
        BigDecimal latitude = coordinate(country.latitude() + country.spread() * (random.nextDouble() * 2 - 1), 85);
        BigDecimal longitude = coordinate(country.longitude() + country.spread() * (random.nextDouble() * 2 - 1), 179);
        String description = String.format(
                Locale.ROOT,
                "%s is a municipality of about %,d people in %s, %s.",
                name,
                population,
                region,
                country.name());
        return new MunicipalityRow(
                id,
                name,
                country.name(),
                region,
                population,
                String.join(", ", languages),
                latitude,
                longitude,
                description);
    }

    private static BigDecimal coordinate(double value, double limit) {
        return BigDecimal.valueOf(Math.max(-limit, Math.min(limit, value))).setScale(6, RoundingMode.HALF_UP);
    }

    private static Set<Pillar> pillars(Random random) {
        Pillar[] all = Pillar.values();
        Set<Pillar> chosen = EnumSet.noneOf(Pillar.class);
        int wanted = 1 + random.nextInt(3);
        while (chosen.size() < wanted) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return chosen;
    }

    private static List<ResourceRow> resources(Random random, long municipalityId) {
        SubProgramme[] all = SubProgramme.values();
        int wanted = 1 + random.nextInt(4);
        Set<String> seen = new HashSet<>();
        List<ResourceRow> rows = new ArrayList<>(wanted);
        while (rows.size() < wanted) {
            boolean need = random.nextBoolean();
            SubProgramme subProgramme = all[random.nextInt(all.length)];
            if (seen.add((need ? "N" : "O") + subProgramme)) {
                String description =
                        need ? ScaleVocabulary.need(subProgramme, random) : ScaleVocabulary.offer(subProgramme, random);
                rows.add(new ResourceRow(municipalityId, need ? "NEED" : "OFFER", subProgramme, description));
            }
        }
        return rows;
    }

    private void flushMunicipalities(
            List<MunicipalityRow> municipalities, List<PillarRow> pillars, List<ResourceRow> resources, Counts counts) {
        jdbc.batchUpdate(
                "INSERT INTO municipality (id, name, country, region, population, languages, latitude, "
                        + "longitude, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                municipalities,
                municipalities.size(),
                (ps, m) -> {
                    ps.setLong(1, m.id());
                    ps.setString(2, m.name());
                    ps.setString(3, m.country());
                    ps.setString(4, m.region());
                    ps.setInt(5, m.population());
                    ps.setString(6, m.languages());
                    ps.setBigDecimal(7, m.latitude());
                    ps.setBigDecimal(8, m.longitude());
                    ps.setString(9, m.description());
                });
        jdbc.batchUpdate(
                "INSERT INTO municipality_pillar (municipality_id, pillar) VALUES (?, ?)",
                pillars,
                pillars.size(),
                (ps, p) -> {
                    ps.setLong(1, p.municipalityId());
                    ps.setString(2, p.pillar().name());
                });
        jdbc.batchUpdate(
                "INSERT INTO municipality_resource (municipality_id, kind, sub_programme, description) "
                        + "VALUES (?, ?, ?, ?)",
                resources,
                resources.size(),
                (ps, r) -> {
                    ps.setLong(1, r.municipalityId());
                    ps.setString(2, r.kind());
                    ps.setString(3, r.subProgramme().name());
                    ps.setString(4, r.description());
                });
        counts.municipalities += municipalities.size();
        counts.pillars += pillars.size();
        counts.resources += resources.size();
        municipalities.clear();
        pillars.clear();
        resources.clear();
    }

    // ---- users -----------------------------------------------------------------------------------------

    private record UserRow(long id, String username, String fullName, String email, Long municipalityId) {}

    private record RoleRow(long userId, String role) {}

    private void insertUsers(Random random, long firstMunicipalityId, Counts counts) {
        String passwordHash = passwordEncoder.encode(PASSWORD);
        long firstId = nextId("app_user");
        List<UserRow> users = new ArrayList<>(CHUNK);
        List<RoleRow> roles = new ArrayList<>(CHUNK + CHUNK / 5);
        for (int i = 1; i <= properties.users(); i++) {
            long id = firstId + i - 1;
            String username = String.format(Locale.ROOT, "%s%06d", USERNAME_PREFIX, i);
            String fullName = ScaleVocabulary.pick(random, ScaleVocabulary.GIVEN_NAMES) + " "
                    + ScaleVocabulary.pick(random, ScaleVocabulary.FAMILY_NAMES);
            Long municipalityId = null;
            roles.add(new RoleRow(id, "MEMBER"));
            int mayorIndex = i / USERS_PER_MAYOR - 1;
            if (i % USERS_PER_MAYOR == 0 && mayorIndex < properties.municipalities()) {
                // one mayor per municipality, for as many municipalities as there are tenth users
                municipalityId = firstMunicipalityId + mayorIndex;
                roles.add(new RoleRow(id, "MAYOR"));
            } else if (i % 500 == 1) {
                roles.add(new RoleRow(id, "LIAISON"));
            } else if (i % 1_000 == 3) {
                roles.add(new RoleRow(id, "FUND_OFFICER"));
            } else if (i % 250 == 7) {
                roles.add(new RoleRow(id, "TRAINER"));
            } else if (i % 40_000 == 11) {
                roles.add(new RoleRow(id, "ADMIN"));
            }
            users.add(new UserRow(id, username, fullName, username + EMAIL_DOMAIN, municipalityId));
            if (users.size() == CHUNK || i == properties.users()) {
                flushUsers(users, roles, passwordHash, counts);
            }
        }
        LOG.info("Inserted {} users", counts.users);
    }

    private void flushUsers(List<UserRow> users, List<RoleRow> roles, String passwordHash, Counts counts) {
        jdbc.batchUpdate(
                "INSERT INTO app_user (id, username, full_name, email, password_hash, enabled, "
                        + "municipality_id) VALUES (?, ?, ?, ?, ?, TRUE, ?)",
                users,
                users.size(),
                (ps, u) -> {
                    ps.setLong(1, u.id());
                    ps.setString(2, u.username());
                    ps.setString(3, u.fullName());
                    ps.setString(4, u.email());
                    ps.setString(5, passwordHash);
                    if (u.municipalityId() == null) {
                        ps.setNull(6, Types.BIGINT);
                    } else {
                        ps.setLong(6, u.municipalityId());
                    }
                });
        jdbc.batchUpdate("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)", roles, roles.size(), (ps, r) -> {
            ps.setLong(1, r.userId());
            ps.setString(2, r.role());
        });
        // the roles that require two-step sign-in come enrolled with the published demo secret
        List<RoleRow> twoStep = roles.stream()
                .filter(r -> r.role().equals("FUND_OFFICER") || r.role().equals("ADMIN"))
                .toList();
        jdbc.batchUpdate(
                "INSERT INTO second_factor (user_id, secret) VALUES (?, ?)", twoStep, twoStep.size(), (ps, r) -> {
                    ps.setLong(1, r.userId());
                    ps.setString(2, org.imc.platform.DemoTotp.SECRET);
                });
        counts.users += users.size();
        counts.roles += roles.size();
        users.clear();
        roles.clear();
    }

    private static final class Counts {
        long municipalities;
        long pillars;
        long resources;
        long users;
        long roles;
    }
}
