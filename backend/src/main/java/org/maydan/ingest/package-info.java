/**
 * Ingest: articles in (HTTP, JSONL files, folders of text and HTML), through the extraction
 * pipeline, into the stores as one transaction per article; reprocessing of stored articles; the
 * bundled sample reports that fill an empty embedded store.
 */
@NullMarked
package org.maydan.ingest;

import org.jspecify.annotations.NullMarked;
