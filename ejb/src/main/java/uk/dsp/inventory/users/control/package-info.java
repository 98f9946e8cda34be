/** The rules of users: who may hold which role, and the sign-in throttle. */
package uk.dsp.inventory.users.control;
