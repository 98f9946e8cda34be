package uk.dsp.inventory.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on the port the server under test mails to (DSP_SMTP_PORT, set by the POM). */
public final class CspMailbox {

    public static final int PORT = Integer.getInteger("dsp.it.smtp.port", 2625);
    private static GreenMail server;

    private CspMailbox() {}

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<MimeMessage> mailsTo(String address) {
        return server == null
                ? List.of()
                : Arrays.stream(server.getReceivedMessages())
                        .filter(m -> isTo(m, address))
                        .toList();
    }

    /** The mails to an address that mention a text (a request ID): test classes share the region's CSP. */
    public static List<MimeMessage> mailsAbout(String address, String text) {
        return mailsTo(address).stream().filter(m -> content(m).contains(text)).toList();
    }

    public static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("an unreadable mail", e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
