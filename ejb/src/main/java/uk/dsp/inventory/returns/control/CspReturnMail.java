package uk.dsp.inventory.returns.control;

import java.util.List;
import uk.dsp.inventory.platform.mail.OutgoingMail;

/**
 * The mail that tells a CSP which of its region's Comms Hubs a Service User is returning. Its Message-ID is made
 * from the request and the CSP, so that a notice sent again after a crash (sent, then killed before it was marked
 * SENT) is the same message to the CSP's mail system, not a second one.
 */
public final class CspReturnMail {

    /** The keeper of these mails' states (csp_return_notification), as {@code CspNotices} names itself. */
    public static final String KEEPER = "csp-return-notices";

    private CspReturnMail() {}

    /** The notice's mail, its state kept by {@code CspNotices} under {@link #key}. */
    public static OutgoingMail of(CspReturnNotice notice) {
        return new OutgoingMail(
                "CSP notice of " + notice.requestId() + " to " + notice.cspPartyId(),
                messageId(notice),
                List.of(notice.cspEmail()),
                "Comms Hub returns: " + notice.chfDeviceIds().size() + " CHs from " + notice.returningPartyId()
                        + " (request " + notice.requestId() + ")",
                body(notice),
                new OutgoingMail.Tracking(KEEPER, key(notice.requestId(), notice.cspPartyId())));
    }

    /** A notice's row is the request's and the CSP's: a party ID has no space, so the key splits at the first. */
    public static String key(String requestId, String cspPartyId) {
        return cspPartyId + " " + requestId;
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
