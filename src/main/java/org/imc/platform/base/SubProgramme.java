package org.imc.platform.base;

/**
 * Sub-programmes tag needs, offers, courses and loans. Labels come from the translation bundle
 * ({@code subprogramme.NAME}).
 */
public enum SubProgramme {
    TRANSPORTATION_INFRASTRUCTURE,
    SUSTAINABLE_AGRICULTURE,
    SOLID_WASTE_MANAGEMENT,
    DRINKING_WATER,
    SANITATION,
    WASTEWATER_TREATMENT,
    GIS_GPS_INTERNET_PLATFORMS,
    ROAD_INFRASTRUCTURE,
    EDUCATIONAL_INFRASTRUCTURE,
    AFFORDABLE_HOUSING,
    ICT_DISTANCE_LEARNING,
    OPERATION_MAINTENANCE,
    FINANCING_MECHANISMS,
    INDIGENOUS_TECHNOLOGIES;

    public String labelKey() {
        return "subprogramme." + name();
    }
}
