package uk.dsp.inventory.reflash.control;

import java.time.LocalDate;
import java.util.regex.Pattern;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.reflash.entity.Redelivery;

/** What re-delivery details must be: an address, a contact who answers the phone, a date from today to a year on. */
public final class RedeliveryRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,38}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private RedeliveryRules() {}

    public static Redelivery checked(Redelivery given, LocalDate today) {
        if (given == null) {
            throw invalid("the re-delivery details are needed: address, contactName, contactPhone, wantedOn");
        }
        String address = text(given.address(), 500, "address");
        String name = text(given.contactName(), 100, "contactName");
        String phone = text(given.contactPhone(), 40, "contactPhone");
        if (!PHONE.matcher(phone).matches()) {
            throw invalid("contactPhone is a telephone number such as 0161 496 0000 or +44 161 496 0000");
        }
        String email = given.contactEmail() == null || given.contactEmail().isBlank()
                ? null
                : given.contactEmail().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw invalid("contactEmail is an e-mail address, or left out");
        }
        LocalDate wanted = given.wantedOn();
        if (wanted == null || wanted.isBefore(today) || wanted.isAfter(today.plusYears(1))) {
            throw invalid("wantedOn is a date from today to a year from now, such as " + today.plusWeeks(4));
        }
        return new Redelivery(address, name, phone, email, wanted);
    }

    private static String text(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            throw invalid(name + " is needed");
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r')) {
            throw invalid(name + " is at most " + max + " characters, without control characters");
        }
        return stripped;
    }

    private static Refused invalid(String message) {
        return Refused.invalid(message);
    }
}
