/** The Maydan application: the web server by default, command-line jobs by subcommand. */
@NullMarked
package org.maydan;

import org.jspecify.annotations.NullMarked;
