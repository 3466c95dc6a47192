/** Articles: the news texts events are extracted from, stored once by URL and content hash. */
@NullMarked
package org.maydan.article;

import org.jspecify.annotations.NullMarked;
