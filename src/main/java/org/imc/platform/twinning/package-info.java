/**
 * Twinning: finding complementary partner municipalities, the proposal and agreement workflow,
 * and the running partnership with its annual work plans and exchanges.
 */
package org.imc.platform.twinning;
