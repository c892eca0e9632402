package org.imc.platform.directory;

import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of tests that change the demo profiles of Accra (mayor "mayor") and Kingston (mayor
 * "mayor2"): both are remembered before each test and put back afterwards.
 */
public abstract class DemoProfilesTest extends IntegrationTest {

    @Autowired
    protected MunicipalityService municipalities;

    protected Long accra;
    protected Long kingston;
    protected ProfileSnapshot accraBefore;
    protected ProfileSnapshot kingstonBefore;

    @BeforeEach
    void rememberDemoProfiles() throws Exception {
        accra = municipalityId("Accra");
        kingston = municipalityId("Kingston");
        accraBefore = callAs("admin", () -> ProfileSnapshot.take(municipalities, accra));
        kingstonBefore = callAs("admin", () -> ProfileSnapshot.take(municipalities, kingston));
    }

    @AfterEach
    void restoreDemoProfiles() throws Exception {
        runAs("admin", () -> {
            accraBefore.restore();
            kingstonBefore.restore();
        });
    }
}
