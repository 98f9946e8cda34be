package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages at a page's top, in the design system's patterns: every problem at once in an error summary, each
 * linking to its field where it has one, and what was done in a success banner. Read as the page renders, after
 * every step and every lazy read has added its own.
 */
@Named
@RequestScoped
public class PageMessages {

    /** A problem, and the client ID of the field it is about (null: the page's, not a field's). */
    public record Problem(String field, String text) {

        public String getField() {
            return field;
        }

        public String getText() {
            return text;
        }
    }

    public List<Problem> getErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        Iterator<String> fields = faces.getClientIdsWithMessages();
        while (fields.hasNext()) {
            String field = fields.next();
            for (FacesMessage message : faces.getMessageList(field)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    message.rendered();
                    problems.add(new Problem(field, sentence(message.getSummary())));
                }
            }
        }
        return problems;
    }

    public List<String> getDone() {
        List<String> done = new ArrayList<>();
        for (FacesMessage message : FacesContext.getCurrentInstance().getMessageList(null)) {
            if (message.getSeverity() == FacesMessage.SEVERITY_INFO) {
                message.rendered();
                done.add(sentence(message.getSummary()));
            }
        }
        return done;
    }

    /** Sentence case: the first letter a capital, whatever the facade's message began with. */
    static String sentence(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
