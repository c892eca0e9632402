package org.imc.platform.results;

import java.math.BigDecimal;

/**
 * Measured indicators that share a unit (compared without case and surrounding spaces), added up:
 * how many, their baselines, their latest measurements (the baseline where nothing is measured
 * yet) and their targets.
 */
public record IndicatorTotal(String unit, int indicators, BigDecimal baseline, BigDecimal latest, BigDecimal target) {}
