/** Mail to parties' people: composed through the outbox in the step's transaction, sent by one consumer. */
package uk.dsp.inventory.platform.mail;
