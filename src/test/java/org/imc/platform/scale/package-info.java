/**
 * Scale data and the benchmarks (directory queries, partner finder, enrolment under contention,
 * fund portfolio): fills the database with a large, realistic-looking data set and measures the
 * queries and the start-up time on it. Test code: it never reaches the production jar. It runs
 * only through {@link org.imc.platform.scale.ScaleApplication} (started by the scripts in
 * {@code bench/}), and then only the tasks switched on with {@code imc.scale.*} on the command
 * line (see {@link org.imc.platform.scale.ScaleConfiguration}).
 */
package org.imc.platform.scale;
