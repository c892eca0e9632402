/**
 * Scale data and the benchmarks (directory queries, enrolment under contention): fills the database with a large, realistic-looking
 * data set and measures the directory's paging queries and the start-up time on it. Nothing here
 * runs unless one of the {@code imc.scale.*} switches is set on the command line (see
 * {@link org.imc.platform.scale.ScaleConfiguration}); no other feature depends on this package.
 */
package org.imc.platform.scale;
