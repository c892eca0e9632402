/**
 * Platform administration: users and their roles, a mayor's municipality, sign-in lock-outs,
 * and the audit trail. Screens only; the rules live in the security and audit services.
 */
package org.imc.platform.admin;
