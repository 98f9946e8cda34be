package uk.dsp.inventory.users.control;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;

/**
 * What a new user must be: a name of 3 to 64 letters, digits and {@code . _ @ -}, a password of 12 to 200
 * characters, a plausible e-mail address when one is given, and at least one role that its kind of party grants.
 */
public final class UserRules {

    public static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    private UserRules() {}

    public static boolean isUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static void checkUsername(String username) {
        if (!isUsername(username)) {
            throw Refused.invalid("username: 3 to 64 letters, digits or . _ @ -");
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw Refused.invalid("password: " + MIN_PASSWORD + " to 200 characters");
        }
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw Refused.invalid("email: not an e-mail address");
        }
        return email.strip();
    }

    public static Set<UserRole> roles(Iterable<String> names, MemberKind kind) {
        if (names == null) {
            throw Refused.invalid("roles: at least one of " + kind.grantable());
        }
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        for (String name : names) {
            UserRole role;
            try {
                role = name == null ? null : UserRole.valueOf(name);
            } catch (IllegalArgumentException e) {
                role = null;
            }
            if (role == null || !kind.grantable().contains(role)) {
                throw Refused.invalid("roles: " + kind.name().toLowerCase().replace('_', ' ') + " may hold "
                        + kind.grantable() + ", not " + name);
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw Refused.invalid("roles: at least one of " + kind.grantable());
        }
        return roles;
    }
}
