/** The rules of users (who may hold which role, and how a user is refused), the sign-in throttle, and mail to a
 * party's people by role. */
package uk.dsp.inventory.users.control;
