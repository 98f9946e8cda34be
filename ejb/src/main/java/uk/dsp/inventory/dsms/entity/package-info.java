/** A DSMS Service Returns Record: one returned Comms Hub, its return details and its status. */
package uk.dsp.inventory.dsms.entity;
