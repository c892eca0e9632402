package org.imc.platform.workplan;

import java.time.LocalDate;

/** An open goal past its target date, with whose plan it is in. */
public record OverdueGoal(PlanOwner owner, Long goalId, String description, LocalDate targetDate) {}
