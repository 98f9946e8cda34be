package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** Signing out ends the session: its member and every view it held. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + PageGuard.SIGN_IN);
    }
}
