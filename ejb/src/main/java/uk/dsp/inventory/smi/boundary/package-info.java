/**
 * The Smart Metering Inventory (SMI): CSP pre-notification of Comms Hubs (CSPM-N3), and the Service Users' SR 12.2
 * pre-notification, 8.2 read, 8.4 update and 8.14.1/8.14.2 installation.
 */
package uk.dsp.inventory.smi.boundary;
