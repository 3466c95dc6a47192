/**
 * Load and robustness runs against a running server: the {@code load} command (a timed mix of reads
 * and authenticated writes by concurrent clients) and the synthetic articles it and the fault
 * tests ingest.
 */
@NullMarked
package org.maydan.load;

import org.jspecify.annotations.NullMarked;
