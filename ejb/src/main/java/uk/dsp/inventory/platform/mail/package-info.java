/**
 * The one mail path: a mail composed in its step's transaction goes through the outbox ({@code Mailer}), and one
 * consumer sends it with a stable Message-ID; a capability that shows its mails' states to its users keeps them
 * through {@code MailStates}. The callers choose the addresses.
 */
package uk.dsp.inventory.platform.mail;
