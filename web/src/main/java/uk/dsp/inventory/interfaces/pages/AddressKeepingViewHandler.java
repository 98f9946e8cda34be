package uk.dsp.inventory.interfaces.pages;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * A form on a page about one thing (an incident, a request, a work order: {@code ?id=}) posts back to the page's own
 * address, ID included: after a post that the page answers itself, the address bar still names what is shown, so
 * that a reload, a bookmark or a link copied from it lead to the same thing.
 */
public class AddressKeepingViewHandler extends ViewHandlerWrapper {

    public AddressKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        Long id = PageLinks.id();
        return id == null ? url : url + (url.contains("?") ? "&" : "?") + "id=" + id;
    }
}
