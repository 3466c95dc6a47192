/**
 * The {@code evaluate} command: scores extraction output (the prediction contract) against gold
 * JSONL as {@code shared/eval/README.md} describes, and prints precision, recall, F1 and the misses.
 * Plain Java: no Spring context is started.
 */
@NullMarked
package org.maydan.evaluate;

import org.jspecify.annotations.NullMarked;
