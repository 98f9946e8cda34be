/** Adding and listing users, unlocking them, and signing in: for the admin API, the pages and the JSON API. */
package uk.dsp.inventory.users.boundary;
