package uk.dsp.inventory.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail whose Message-ID is chosen when it is composed, in the transaction of its step, not when it is sent: a mail
 * sent again after a crash (sent, then killed before the broker heard) is the same message to the recipient's mail
 * system, not a second one.
 */
public class StableMessage extends MimeMessage {

    private final String messageId;

    public StableMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** A mail queued before Message-IDs were chosen at composition has none: the mail library chooses. */
    @Override
    protected void updateMessageID() throws MessagingException {
        if (messageId == null) {
            super.updateMessageID();
        } else {
            setHeader("Message-ID", messageId);
        }
    }
}
