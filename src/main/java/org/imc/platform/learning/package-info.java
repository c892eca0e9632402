/**
 * Distance learning: the course catalogue, sessions (cohorts) with capacity and waitlists,
 * enrolment with optional trainer approval, completion and verifiable PDF certificates.
 * Enrolments in one session are serialised by a row lock on the session, so capacity is never
 * exceeded and waitlist positions stay contiguous.
 */
package org.imc.platform.learning;
