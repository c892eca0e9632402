/**
 * The UN Sustainable Development Goals and their targets as reference data, and the labels by
 * which goals, courses and loans are tagged with them.
 */
package org.imc.platform.sdg;
