package uk.dsp.inventory.interfaces.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages at the top of a page: the reason a step was refused, or what was done. */
final class Messages {

    private Messages() {}

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
