/** The firmware catalogue: the latest production firmware version of each CH manufacturer and model. */
package uk.dsp.inventory.firmware.entity;
