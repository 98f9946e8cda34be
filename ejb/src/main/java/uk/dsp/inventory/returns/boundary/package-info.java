/** Communications Hub returns, SR 8.14.3 (fault) and 8.14.4 (no fault), single and bulk, in one transaction each. */
package uk.dsp.inventory.returns.boundary;
