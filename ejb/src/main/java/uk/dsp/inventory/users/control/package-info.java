/** The rules of users: who may hold which role, the sign-in throttle, and why a user is refused. */
package uk.dsp.inventory.users.control;
