package uk.dsp.inventory.reflash.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.UnaryOperator;
import uk.dsp.inventory.dcc.Refused;

/**
 * The re-flash settings, system properties an administrator changes in the WildFly console: {@code
 * dsp.reflash.monthly-volume}, the most CHs a party may ask for in a calendar month (1,792, two pallets,
 * MP155-A-003), and {@code dsp.reflash.charge}, the explicit charge in pounds per CH re-flashed (7.60, seed 003
 * section 9.2). Read at each use, so a change applies at once; an unusable value refuses the step and names itself.
 */
public record ReflashSettings(int monthlyVolume, BigDecimal charge) {

    public static final String MONTHLY_VOLUME = "dsp.reflash.monthly-volume";
    public static final String CHARGE = "dsp.reflash.charge";

    public static ReflashSettings current() {
        return read(System::getProperty);
    }

    static ReflashSettings read(UnaryOperator<String> property) {
        return new ReflashSettings(volume(property.apply(MONTHLY_VOLUME)), charge(property.apply(CHARGE)));
    }

    private static int volume(String value) {
        try {
            int volume = Integer.parseInt(value == null ? "" : value.strip());
            if (volume >= 0) {
                return volume;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw unusable(MONTHLY_VOLUME, value, "a whole number of CHs, 0 or more");
    }

    private static BigDecimal charge(String value) {
        try {
            BigDecimal charge = new BigDecimal(value == null ? "" : value.strip());
            if (charge.signum() >= 0 && charge.scale() <= 2 && charge.compareTo(BigDecimal.valueOf(10_000)) < 0) {
                return charge.setScale(2, RoundingMode.UNNECESSARY);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        throw unusable(CHARGE, value, "pounds and pence such as 7.60");
    }

    private static Refused unusable(String name, String value, String expected) {
        return Refused.conflict("the administrator's setting " + name + " is '" + value + "', not " + expected
                + ": re-flash waits until it is mended");
    }
}
