package uk.dsp.inventory.reflash.control;

import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;

/** Who takes which re-flash step: a Service User's staff with REFLASH, DCC Logistics, a CSP's staff with WORK_ORDERS. */
public final class ReflashAccess {

    private ReflashAccess() {}

    /** The party's own requests, stock, forecasts and charges. */
    public static void requireParty(PartyMember member) {
        if (member.kind() != MemberKind.SERVICE_USER_STAFF || !member.may(UserRole.REFLASH)) {
            throw Refused.forbidden("re-flash requests are made by a Service User's staff with REFLASH");
        }
    }

    /** Decisions, the firmware file, every party's stock, forecasts and charges. */
    public static void requireLogistics(PartyMember member) {
        if (!isLogistics(member)) {
            throw Refused.forbidden("this is for DCC Logistics operators (role LOGISTICS)");
        }
    }

    public static boolean isLogistics(PartyMember member) {
        return member.isOperator() && member.may(UserRole.LOGISTICS);
    }

    /** A CSP's own work orders. */
    public static void requireCsp(PartyMember member) {
        if (member.kind() != MemberKind.CSP_STAFF || !member.may(UserRole.WORK_ORDERS)) {
            throw Refused.forbidden("work orders are worked by a CSP's staff with WORK_ORDERS");
        }
    }
}
