/** Tests of the Arabic text layer: normalization, tokens, sentences and proclitic readings. */
@NullMarked
package org.maydan.gazetteer.text;

import org.jspecify.annotations.NullMarked;
