/**
 * The Self-Service Interface's (SSI) JSON API for the parties' users: incidents and install codes, the returns a
 * Service User tracks, the returned CHs a CSP receives and closes, the overdue returns for the DCC's service desk.
 * Every call signs in with HTTP Basic ({@code ApiSignIn}); every list pages by keyset within its {@code PageLimit};
 * every refusal is a 4xx with its reason. The re-flash API is in {@code reflash}.
 */
package uk.dsp.inventory.interfaces.selfservice;
