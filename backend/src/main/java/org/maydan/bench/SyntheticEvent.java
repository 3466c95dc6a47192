package org.maydan.bench;

import org.maydan.export.ExportEvent;

/** A generated event and the P-code of the place it is located at (community or district). */
record SyntheticEvent(String placeRef, ExportEvent event) {
}
