/**
 * The work-plan component (plans, goals, indicators and measurements) that the partnership page
 * and the affiliate page both show.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.imc.platform.workplan.ui;
