package uk.dsp.inventory.returns.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import uk.dsp.inventory.platform.mail.StableMessage;

/**
 * The mail that tells a CSP which of its region's Comms Hubs a Service User is returning. Its Message-ID is made
 * from the request and the CSP, so that a notice sent again after a crash (sent, then killed before it was marked
 * SENT) is the same message to the CSP's mail system, not a second one.
 */
public class CspReturnMail {

    public MimeMessage compose(Session session, CspReturnNotice notice, Date sentAt) throws MessagingException {
        String messageId = messageId(notice);
        MimeMessage mail = new StableMessage(session, messageId);
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.cspEmail(), true));
        mail.setSubject(
                "Comms Hub returns: " + notice.chfDeviceIds().size() + " CHs from " + notice.returningPartyId()
                        + " (request " + notice.requestId() + ")",
                "UTF-8");
        mail.setSentDate(sentAt);
        mail.setText(body(notice), "UTF-8");
        return mail;
    }

    static String messageId(CspReturnNotice notice) {
        String left =
                ("returns." + notice.requestId() + ".to." + notice.cspPartyId()).replaceAll("[^A-Za-z0-9.-]", ".");
        return "<" + left + "@dsp-inventory>";
    }

    private static String body(CspReturnNotice notice) {
        StringBuilder text = new StringBuilder()
                .append("To ")
                .append(notice.cspName())
                .append(" (")
                .append(notice.cspPartyId())
                .append(")\n\n")
                .append("Service User ")
                .append(notice.returningPartyId())
                .append(" is returning the Communications Hubs below")
                .append(" with SR ")
                .append(notice.serviceReferenceVariant())
                .append("8.14.3".equals(notice.serviceReferenceVariant()) ? " (Fault Return)" : " (No Fault Return)")
                .append(", request ")
                .append(notice.requestId())
                .append(".\n")
                .append("Each has its own Service Returns Record in DSMS.\n\n")
                .append("CHF Device IDs (")
                .append(notice.chfDeviceIds().size())
                .append("):\n");
        notice.chfDeviceIds().forEach(id -> text.append(id).append('\n'));
        return text.toString();
    }
}
