/**
 * Comms Hub returns, from the Service Request to the Data Service Management System (DSMS): SR 8.14.3 (fault) and
 * 8.14.4 (no fault), single and bulk, in one transaction each; the consumer that opens a Service Returns Record per
 * returned CH and queues each Communications Service Provider's (CSP's) notice; the notices' states; the Service
 * Users' tracking of their returns and the CSPs' receipts.
 */
package uk.dsp.inventory.returns.boundary;
