package uk.dsp.inventory.interfaces.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Messages on a page: the reason a step was refused, at the field it is about where the form has one, or what was
 * done.
 */
public final class Messages {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private Messages() {}

    /**
     * A problem. The facades name the field a refusal is about as its first words ("deviceId is an EUI-64 ...",
     * "username: ...", "the Device ID is mandatory"); where the form just posted has a field of that name, the problem
     * is shown at it too.
     */
    public static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(fieldNamed(faces, text), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** What was done, shown on the page that answers the post itself (no redirect, so nothing is kept for later). */
    public static void shown(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The client ID of the posted form's field that the text begins by naming, or null. */
    static String fieldNamed(FacesContext faces, String text) {
        if (faces.getViewRoot() == null || !faces.isPostback()) {
            return null;
        }
        String[] words = text.split("[^A-Za-z]+", 4);
        int first = words.length > 1 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        Set<String> names = new HashSet<>();
        if (words.length > first) {
            names.add(key(words[first]));
        }
        if (words.length > first + 1) {
            names.add(key(words[first] + words[first + 1]));
        }
        names.remove("");
        String[] found = new String[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIForm form && !form.isSubmitted()) {
                return VisitResult.REJECT;
            }
            if (component instanceof UIInput input && names.contains(key(input.getId()))) {
                found[0] = input.getClientId(faces);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static String key(String name) {
        return name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
