package uk.dsp.inventory.dcc;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in the self-service pages and the JSON API. Which roles a user may hold depends on the
 * kind of party it belongs to ({@link MemberKind#grantable()}).
 */
public enum UserRole {
    /** A Service User's staff: raise, answer and close 'Request for Install Code' incidents, lodge install codes. */
    INCIDENTS,
    /** A Service User's staff: track the party's CH returns. */
    RETURNS,
    /** A Service User's staff: its CH stock, re-flash requests and forecasts, and their charges. */
    REFLASH,
    /** A CSP's staff: its DSMS work: receiving and closing returned CHs, and the work orders. */
    WORK_ORDERS,
    /** A DCC operator on the service desk: every incident, reassignment, administrative closure, overdue report. */
    SERVICE_DESK,
    /** A DCC operator who manages parties' users and unlocks accounts. */
    USER_ADMIN,
    /**
     * A DCC Logistics operator: the firmware catalogue, decisions on re-flash requests, the re-flashed CHs' firmware
     * file, stock, forecasts and charges.
     */
    LOGISTICS;

    public static Set<UserRole> parse(Iterable<String> names) {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        for (String name : names) {
            roles.add(UserRole.valueOf(name));
        }
        return roles;
    }
}
