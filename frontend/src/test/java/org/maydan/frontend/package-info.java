/**
 * Browser tests of the static map page: a JDK HTTP server serves the page, the WebJars and a
 * fake API with fixture events, and headless Chromium drives the page through Selenium.
 */
@NullMarked
package org.maydan.frontend;

import org.jspecify.annotations.NullMarked;
