package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.UserRole;

/** Who is signed in to this session, if anyone. */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PartyMember member;
    private String signOutToken;

    public void signedIn(PartyMember member) {
        this.member = member;
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        this.signOutToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The token the layout's sign-out form carries: only this session's own pages know it. */
    public String getSignOutToken() {
        return signOutToken;
    }

    public boolean isSignOutToken(String token) {
        return signOutToken != null
                && token != null
                && MessageDigest.isEqual(
                        signOutToken.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isPresent() {
        return member != null;
    }

    public PartyMember member() {
        if (member == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return member;
    }

    public String getUsername() {
        return member == null ? "" : member.username();
    }

    public String getPartyId() {
        return member == null ? "" : member.partyId();
    }

    /** The pages the menu offers this person. */
    public List<MenuPage> getMenu() {
        return member == null ? List.of() : MenuPage.of(member);
    }

    /** Where "home" is for this person: the first page of their menu, or the sign-in. */
    public String getHome() {
        return member == null ? PageGuard.SIGN_IN : MenuPage.landing(member);
    }

    public boolean isOperator() {
        return member != null && member.isOperator();
    }

    public boolean isIncidents() {
        return member != null && member.may(UserRole.INCIDENTS);
    }

    public boolean isReturns() {
        return member != null && member.may(UserRole.RETURNS);
    }

    /** A CSP's staff with its DSMS work: the returned CHs of its region. */
    public boolean isWorkOrders() {
        return member != null && member.may(UserRole.WORK_ORDERS);
    }

    /** A Service User's staff with its CH stock, re-flash requests, forecasts and charges. */
    public boolean isReflash() {
        return member != null && member.may(UserRole.REFLASH);
    }

    /** A DCC Logistics operator: re-flash decisions, the firmware catalogue and file, every party's ledger. */
    public boolean isLogistics() {
        return member != null && member.isOperator() && member.may(UserRole.LOGISTICS);
    }

    /** A DCC operator at the service desk: the overdue incidents, and the messages that could not be delivered. */
    public boolean isServiceDesk() {
        return member != null && member.isOperator() && member.may(UserRole.SERVICE_DESK);
    }

    public boolean isUserAdmin() {
        return member != null && member.isOperator() && member.may(UserRole.USER_ADMIN);
    }
}
