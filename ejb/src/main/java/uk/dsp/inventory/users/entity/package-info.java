/** The user table: name, party, hashed password, roles. */
package uk.dsp.inventory.users.entity;
