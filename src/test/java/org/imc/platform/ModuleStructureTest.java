package org.imc.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature boundaries honest: no cycles between features, and no feature reaching
 * into another's internals.
 */
class ModuleStructureTest {

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
