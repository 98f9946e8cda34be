package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Puts each problem at its field, as the design system's pattern has it, on every page without any markup of its
 * own: before the page renders, a field with a message gets the message just above it and {@code aria-invalid} and
 * {@code aria-describedby} naming it; a field whose problem has gone loses them again.
 */
@Named
@ApplicationScoped
public class FieldErrors {

    static final String SUFFIX = "-error";

    public void mark(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // A view built for this request has nothing marked yet: with no field's message there is nothing to do.
        if (!faces.isPostback() && !hasFieldMessage(faces)) {
            return;
        }
        List<UIInput> inputs = new ArrayList<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIInput input && !(component instanceof UIViewParameter)) {
                inputs.add(input);
            }
            return VisitResult.ACCEPT;
        });
        // Marked after the visit: a message is added beside its field, which the visit may not see change.
        inputs.forEach(input -> mark(faces, input));
    }

    private static boolean hasFieldMessage(FacesContext faces) {
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            if (ids.next() != null) {
                return true;
            }
        }
        return false;
    }

    private static void mark(FacesContext faces, UIInput input) {
        String clientId = input.getClientId(faces);
        List<FacesMessage> messages = faces.getMessageList(clientId);
        Map<String, Object> attributes = input.getPassThroughAttributes();
        if (messages.isEmpty()) {
            attributes.remove("aria-invalid");
            attributes.remove("aria-describedby");
            return;
        }
        attributes.put("aria-invalid", "true");
        attributes.put("aria-describedby", clientId + SUFFIX);
        UIComponent parent = input.getParent();
        String id = input.getId() + SUFFIX;
        if (parent.getChildren().stream().noneMatch(child -> id.equals(child.getId()))) {
            HtmlOutputText text = new HtmlOutputText();
            text.setId(id);
            text.setTransient(true);
            text.setStyleClass("govuk-error-message");
            text.setValue(PageMessages.sentence(messages.get(0).getSummary()));
            parent.getChildren().add(parent.getChildren().indexOf(input), text);
        }
    }
}
