package uk.dsp.inventory.interfaces.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages at the top of a page: the reason a step was refused, or what was done. */
public final class Messages {

    private Messages() {}

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** What was done, shown on the page that answers the post itself (no redirect, so nothing is kept for later). */
    public static void shown(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
