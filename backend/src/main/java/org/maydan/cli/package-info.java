/** Command-line jobs run by the same jar as the server: the {@link org.maydan.cli.Command} contract and its dispatch. */
@NullMarked
package org.maydan.cli;

import org.jspecify.annotations.NullMarked;
