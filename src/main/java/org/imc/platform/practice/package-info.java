/**
 * The practice library: what worked in a municipality, written up so that others can copy it,
 * reviewed by a liaison before publication and found by ranked full-text search.
 */
package org.imc.platform.practice;
