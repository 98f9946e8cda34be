package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.parties.boundary.Parties;
import uk.dsp.inventory.parties.boundary.PartyView;
import uk.dsp.inventory.users.boundary.UserView;
import uk.dsp.inventory.users.boundary.Users;
import uk.dsp.inventory.users.control.NewUser;

/** SSMI: a party's users, adding one (as the admin API does), and unlocking one. For DCC operators with USER_ADMIN. */
@Named
@RequestScoped
public class UsersPage {

    @EJB
    Users users;

    @EJB
    Parties parties;

    @Inject
    SignedInUser user;

    @Inject
    PartyNames partyNames;

    private String partyId;
    private String username;
    private String password;
    private String email;
    private List<String> roles = List.of();
    private String unlock;
    private List<UserView> listed;
    /** Read once a request: the page asks for them several times as it renders. */
    private List<PartyView> registered;

    private List<UserRole> grantable;

    public List<PartyView> getParties() {
        if (registered == null) {
            registered = user.isUserAdmin() ? parties.list() : List.of();
        }
        return registered;
    }

    /** Reads the party's users before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getUsers();
    }

    public List<UserView> getUsers() {
        if (listed == null) {
            listed = List.of();
            if (partyId != null && !partyId.isBlank() && user.isUserAdmin()) {
                listed = RefusalMessages.read(() -> users.ofParty(partyId.strip()), List.of());
            }
        }
        return listed;
    }

    public String add() {
        if (!user.isUserAdmin()) {
            Messages.error("Only a DCC operator with the role USER_ADMIN adds users.");
            return null;
        }
        try {
            List<String> names = roles == null ? List.of() : roles;
            return RefusalMessages.step(
                    () -> users.add(
                            partyId == null ? null : partyId.strip(), new NewUser(username, password, email, names)),
                    added -> "User " + added.username() + " added to " + named(added.partyId()) + ".",
                    added -> "/ssmi/users.xhtml?partyId=" + added.partyId());
        } finally {
            password = null;
        }
    }

    public String unlockUser() {
        if (!user.isUserAdmin()) {
            Messages.error("Only a DCC operator with the role USER_ADMIN unlocks users.");
            return null;
        }
        return RefusalMessages.step(
                () -> users.unlock(unlock),
                unlocked -> "User " + unlocked.username() + " unlocked.",
                unlocked -> "/ssmi/users.xhtml?partyId=" + unlocked.partyId());
    }

    public String getPartyId() {
        return partyId;
    }

    public void setPartyId(String partyId) {
        this.partyId = partyId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    /** The roles the chosen party's users may hold, to be ticked: none until a party is chosen. */
    public List<UserRole> getGrantable() {
        // On the add form's post the checkboxes are checked against these before the party reaches the page.
        String party = partyId != null
                ? partyId
                : FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("add:party");
        if (party == null || party.isBlank() || !user.isUserAdmin()) {
            return List.of();
        }
        if (grantable == null) {
            grantable = RefusalMessages.read(() -> List.copyOf(users.grantable(party.strip())), List.of());
        }
        return grantable;
    }

    private String named(String party) {
        return partyNames.name(party) + " (" + party + ")";
    }

    public String getUnlock() {
        return unlock;
    }

    public void setUnlock(String unlock) {
        this.unlock = unlock;
    }
}
