/**
 * The Data Service Management System (DSMS) side of Comms Hub returns: the consumers that open a returns record per
 * returned CH and mail each Communications Service Provider (CSP), and the Service Users' tracking of their returns.
 */
package uk.dsp.inventory.dsms.boundary;
