/**
 * The network's results: active partnerships, exchanges held, goals met, people trained, loans
 * disbursed and repaid and measured indicators, by SDG, sub-programme, country and year — for
 * members (a Vaadin view with a chart and CSV) and, without personal data, for the public (a
 * plain cached page).
 */
package org.imc.platform.results;
