/**
 * A Service User's DUIS client for the tests: signing identities, request documents, signing and verification, and the
 * DCC's reference tool.
 */
package uk.dsp.inventory.it.support.duis;
