package uk.dsp.inventory.duis.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import uk.dsp.inventory.duis.control.returns.CommsHubReturnRequests;
import uk.dsp.inventory.duis.control.smi.CommsHubInstallRequests;
import uk.dsp.inventory.duis.control.smi.DevicePreNotificationRequests;
import uk.dsp.inventory.duis.control.smi.InventoryReadRequests;
import uk.dsp.inventory.duis.control.smi.InventoryUpdateRequests;

/** The one table of the Service Requests this DSP serves: from the body's element to the SR and its handler. */
@ApplicationScoped
public class ServiceRequestRoutes {

    @Inject
    DevicePreNotificationRequests preNotifications;

    @Inject
    InventoryReadRequests reads;

    @Inject
    InventoryUpdateRequests updates;

    @Inject
    CommsHubInstallRequests installs;

    @Inject
    CommsHubReturnRequests returns;

    private final Map<String, ServiceRequestRoute> byBodyElement = new HashMap<>();

    @PostConstruct
    void register() {
        register("12.2", "12.2", preNotifications, "DevicePrenotification");
        register("8.2", "8.2", reads, "ReadInventory");
        register("8.4", "8.4", updates, "UpdateInventory");
        register("8.14", "8.14.1", installs, "CHFInstallSuccessSMWAN");
        register("8.14", "8.14.2", installs, "CHFInstallSuccessNoSMWAN");
        register("8.14", "8.14.3", returns, "CHFFaultReturn");
        register("8.14", "8.14.4", returns, "CHFNoFaultReturn");
        // the DSP's bulk form: a list of the single form's records
        byBodyElement.put("CHFFaultReturnList", new ServiceRequestRoute("8.14", "8.14.3", returns, true));
        byBodyElement.put("CHFNoFaultReturnList", new ServiceRequestRoute("8.14", "8.14.4", returns, true));
    }

    /** The route of the body's element, if this DSP serves it; the schema refuses any other. */
    Optional<ServiceRequestRoute> of(Element bodyElement) {
        return Optional.ofNullable(bodyElement).map(element -> byBodyElement.get(element.getLocalName()));
    }

    /** The SR variants this DSP serves, in order. */
    public SortedSet<String> variants() {
        return byBodyElement.values().stream()
                .map(ServiceRequestRoute::serviceReferenceVariant)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void register(String reference, String variant, ServiceRequestHandler handler, String bodyElement) {
        byBodyElement.put(bodyElement, new ServiceRequestRoute(reference, variant, handler, false));
    }
}
