package org.imc.platform.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.imc.platform.IntegrationTest;
import org.imc.platform.practice.PracticeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The practice library at 20,000 practices on the tests' embedded MariaDB: generates them,
 * times the search ({@link PracticeBenchmark}) and removes them. Not part of the suite (the name
 * matches no test pattern); run it with {@code ./mvnw -o test -Dtest=PracticeScaleRun}.
 */
class PracticeScaleRun extends IntegrationTest {

    static final int PRACTICES = 20_000;

    @Autowired
    PracticeService practices;

    @Test
    void searchAtTwentyThousandPractices() throws Exception {
        PracticeScaleData data = new PracticeScaleData(jdbc);
        try {
            data.generate(PRACTICES, 20260101L, System.out);
            assertThat(data.existing()).isEqualTo(PRACTICES);
            jdbc.execute("ANALYZE TABLE practice, practice_sub_programme");
            boolean met = callAs("member", () -> new PracticeBenchmark(practices).run(System.out, 5, 40));
            System.out.println("Practice search goal met: " + met);
        } finally {
            data.remove();
        }
    }
}
