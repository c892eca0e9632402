/**
 * Shared kernel used by every feature: base entity, product vocabulary (pillars, sub-programmes),
 * validation, errors, the application clock, and the UI frame (main layout, dashboard, header
 * widgets).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.imc.platform.base;

import org.springframework.modulith.ApplicationModule;
