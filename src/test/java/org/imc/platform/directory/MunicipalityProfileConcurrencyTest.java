package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two people editing the same profile: the first save wins, the second is told (optimistic
 * locking) and nothing of it is saved — never a silent overwrite.
 */
@WithUserDetails("admin")
class MunicipalityProfileConcurrencyTest extends IntegrationTest {

    @Autowired
    MunicipalityService municipalities;

    Long kisumu;
    ProfileSnapshot before;

    @BeforeEach
    void remember() {
        kisumu = municipalityId("Kisumu");
        before = ProfileSnapshot.take(municipalities, kisumu);
    }

    @AfterEach
    void restore() throws Exception {
        runAs("admin", () -> before.restore());
    }

    @Test
    void secondEditorStartingFromTheSameVersionIsRefused() {
        Municipality loaded = municipalities.get(kisumu);
        MunicipalityProfile first = MunicipalityProfile.of(loaded);
        MunicipalityProfile second = MunicipalityProfile.of(loaded);
        assertThat(second.getVersion()).isEqualTo(first.getVersion());

        first.setDescription("First editor's description");
        first.setPopulation(611_000);
        municipalities.updateProfile(kisumu, first.getVersion(), first);

        second.setDescription("Second editor's description");
        second.setRegion("Second editor's region");
        assertThrows(
                OptimisticLockingFailureException.class,
                () -> municipalities.updateProfile(kisumu, second.getVersion(), second));

        Municipality reloaded = municipalities.get(kisumu);
        assertThat(reloaded.getVersion()).isEqualTo(loaded.getVersion() + 1);
        assertThat(reloaded.getDescription()).isEqualTo("First editor's description");
        assertThat(reloaded.getPopulation()).isEqualTo(611_000);
        assertThat(reloaded.getRegion()).isEqualTo(loaded.getRegion());
    }

    @Test
    void editorMaySaveAgainAfterReloading() {
        MunicipalityProfile stale = MunicipalityProfile.of(municipalities.get(kisumu));
        MunicipalityProfile other = MunicipalityProfile.of(municipalities.get(kisumu));
        other.setLanguages("English, Swahili, Luo");
        municipalities.updateProfile(kisumu, other.getVersion(), other);
        stale.setLanguages("English");
        assertThrows(
                OptimisticLockingFailureException.class,
                () -> municipalities.updateProfile(kisumu, stale.getVersion(), stale));

        MunicipalityProfile reloaded = MunicipalityProfile.of(municipalities.get(kisumu));
        reloaded.setLanguages("English");
        municipalities.updateProfile(kisumu, reloaded.getVersion(), reloaded);

        assertThat(municipalities.get(kisumu).getLanguages()).isEqualTo("English");
    }

    @Test
    void changingOnlyNeedsRaisesTheVersionToo() {
        Municipality loaded = municipalities.get(kisumu);
        MunicipalityProfile first = MunicipalityProfile.of(loaded);
        MunicipalityProfile second = MunicipalityProfile.of(loaded);

        first.getNeeds().removeFirst();
        municipalities.updateProfile(kisumu, first.getVersion(), first);
        assertThat(municipalities.get(kisumu).getVersion()).isEqualTo(loaded.getVersion() + 1);

        second.setDescription("Based on the old list of needs");
        assertThrows(
                OptimisticLockingFailureException.class,
                () -> municipalities.updateProfile(kisumu, second.getVersion(), second));
        assertThat(municipalities.get(kisumu).getNeeds())
                .hasSize(loaded.getNeeds().size() - 1);
    }

    @Test
    void simultaneousSavesFromTheSameVersionLetExactlyOneThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                Municipality loaded = municipalities.get(kisumu);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Municipality>> results = new ArrayList<>();
                for (String editor : new String[] {"editor A", "editor B"}) {
                    MunicipalityProfile profile = MunicipalityProfile.of(loaded);
                    profile.setDescription("Saved by " + editor + " in round " + round);
                    results.add(pool.submit(() -> callAs("admin", () -> {
                        ready.countDown();
                        assertThat(go.await(10, TimeUnit.SECONDS)).isTrue();
                        return municipalities.updateProfile(kisumu, profile.getVersion(), profile);
                    })));
                }
                assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                go.countDown();

                List<String> winners = new ArrayList<>();
                List<Throwable> failures = new ArrayList<>();
                for (Future<Municipality> result : results) {
                    try {
                        winners.add(result.get(30, TimeUnit.SECONDS).getDescription());
                    } catch (ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }

                assertThat(winners).hasSize(1);
                assertThat(failures).singleElement().isInstanceOf(OptimisticLockingFailureException.class);
                Municipality reloaded = municipalities.get(kisumu);
                assertThat(reloaded.getVersion()).isEqualTo(loaded.getVersion() + 1);
                assertThat(reloaded.getDescription()).isEqualTo(winners.getFirst());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
