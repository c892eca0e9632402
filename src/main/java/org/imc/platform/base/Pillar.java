package org.imc.platform.base;

/**
 * The programme pillars municipalities work on. Labels come from the translation bundle
 * ({@code pillar.NAME}).
 */
public enum Pillar {
    AGRICULTURE_FOOD_SECURITY,
    CLIMATE_NATURAL_RESOURCES,
    REGIONAL_INTEGRATION_INFRASTRUCTURE,
    HUMAN_DEVELOPMENT,
    ECONOMIC_CORPORATE_GOVERNANCE,
    CROSS_CUTTING;

    public String labelKey() {
        return "pillar." + name();
    }
}
