/**
 * The gazetteer's shipped place-data files: the program that derives the GeoNames extract and
 * the tests that validate both shipped files.
 */
@NullMarked
package org.maydan.gazetteer.data;

import org.jspecify.annotations.NullMarked;
