/** What the log may carry of what callers wrote. */
package uk.dsp.inventory.platform.logging;
