package uk.dsp.inventory.interfaces.pages;

import java.util.Arrays;
import java.util.List;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.UserRole;

/**
 * The pages the menu offers, each to the role that can use it, in the order a person of that role works: a page a
 * person's roles cannot use is not offered, and the first one a person may use is where the sign-in lands.
 */
public enum MenuPage {
    INCIDENTS(UserRole.INCIDENTS, "/ssi/index.xhtml", "Incidents"),
    LODGE_INSTALL_CODE(UserRole.INCIDENTS, "/ssi/install-codes.xhtml", "Lodge an install code"),
    RETURNS(UserRole.RETURNS, "/ssi/returns.xhtml", "CH returns"),
    STOCK(UserRole.REFLASH, "/ssi/stock.xhtml", "CH stock"),
    REFLASH_REQUESTS(UserRole.REFLASH, "/ssi/reflash-requests.xhtml", "Re-flash requests"),
    FORECAST(UserRole.REFLASH, "/ssi/reflash-forecast.xhtml", "Re-flash forecast"),
    CHARGES(UserRole.REFLASH, "/ssi/reflash-charges.xhtml", "Re-flash charges"),
    RECEIPTS(UserRole.WORK_ORDERS, "/ssi/receipts.xhtml", "Returned CHs to receive"),
    WORK_ORDERS(UserRole.WORK_ORDERS, "/ssi/work-orders.xhtml", "Re-flash work orders"),
    ALL_INCIDENTS(UserRole.SERVICE_DESK, "/ssmi/index.xhtml", "All incidents"),
    OVERDUE(UserRole.SERVICE_DESK, "/ssmi/overdue.xhtml", "Overdue report"),
    UNDELIVERED(UserRole.SERVICE_DESK, "/ssmi/dead-letters.xhtml", "Undelivered messages"),
    USERS(UserRole.USER_ADMIN, "/ssmi/users.xhtml", "Parties and users"),
    DECISIONS(UserRole.LOGISTICS, "/ssmi/reflash-requests.xhtml", "Re-flash requests"),
    FIRMWARE(UserRole.LOGISTICS, "/ssmi/firmware.xhtml", "Firmware catalogue"),
    FIRMWARE_FILE(UserRole.LOGISTICS, "/ssmi/firmware-upload.xhtml", "Firmware file"),
    LEDGER(UserRole.LOGISTICS, "/ssmi/reflash-ledger.xhtml", "Re-flash ledger");

    /** Where a person whose roles open no page lands: a page that says so and whom to ask. */
    static final String NO_PAGES = "/ssi/home.xhtml";

    private final UserRole role;
    private final String path;
    private final String label;

    MenuPage(UserRole role, String path, String label) {
        this.role = role;
        this.path = path;
        this.label = label;
    }

    /** The pages this person may use, in the menu's order. */
    public static List<MenuPage> of(PartyMember member) {
        return Arrays.stream(values()).filter(page -> member.may(page.role)).toList();
    }

    /** The page a sign-in lands on: the person's first. */
    public static String landing(PartyMember member) {
        List<MenuPage> pages = of(member);
        return pages.isEmpty() ? NO_PAGES : pages.get(0).path;
    }

    public String getPath() {
        return path;
    }

    public String getLabel() {
        return label;
    }
}
