package org.imc.platform.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Admits the calls of a service method that serialise on one database row (a session's seats,
 * the fund's capital, a twinning) one at a time per node and per row, <em>before</em> their
 * transaction takes a pooled connection. Without it a crowd on one row (300 learners pressing
 * Enrol for the same session) would fill the whole connection pool with transactions that only
 * wait for that row's lock, and every other page would wait too. Callers beyond the first wait
 * here, holding no connection; the row lock in the database stays the guarantee across nodes.
 *
 * <p>The lock is re-entrant for the thread that holds it. A caller that waits longer than
 * {@code imc.db.busy-wait} (30 s) reads "very busy, try again" ({@link OneAtATimeAdmission.QueueTooLong}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OneAtATime {

    /** The kind of row, e.g. {@code "course-session"}; rows of different kinds never wait for each other. */
    String value();

    /** The name of the parameter that identifies the row; empty when the kind has a single row (the fund). */
    String key() default "";
}
