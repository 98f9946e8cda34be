/** Messages between the facades and the message-driven beans, written and read as JSON. */
package uk.dsp.inventory.platform.messaging;
