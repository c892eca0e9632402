/** How SDG targets read on a page and the target picker that goals, courses and loans share. */
@org.springframework.modulith.NamedInterface("ui")
package org.imc.platform.sdg.ui;
