/**
 * The gateways' TLS as the application keeps it current: the certificate revocation list that the server's trust
 * manager checks at each handshake, reloaded when the operator's file changes.
 */
package uk.dsp.inventory.platform.tls;
