/**
 * The Arabic text layer of Maydan, shared by geoparsing and event extraction: one normalization
 * ({@link org.maydan.gazetteer.text.ArabicNormalizer}), tokens with offsets and clauses, sentences
 * ({@link org.maydan.gazetteer.text.TokenizedText}) and proclitic readings
 * ({@link org.maydan.gazetteer.text.Proclitics}). Public API of the gazetteer module; Lucene's
 * analysis stays behind it.
 */
@NullMarked
package org.maydan.gazetteer.text;

import org.jspecify.annotations.NullMarked;
