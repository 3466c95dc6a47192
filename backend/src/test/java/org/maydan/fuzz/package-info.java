/**
 * A small property-testing harness for tests: generators of values ({@link org.maydan.fuzz.Gen})
 * drawing recorded choices, and a deterministic, seeded runner that shrinks and reports failures
 * ({@link org.maydan.fuzz.PropertyCheck}).
 */
@NullMarked
package org.maydan.fuzz;

import org.jspecify.annotations.NullMarked;
