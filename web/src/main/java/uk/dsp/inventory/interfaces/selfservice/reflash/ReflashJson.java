package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.reflash.boundary.ReflashRequests;
import uk.dsp.inventory.reflash.boundary.WorkOrders;
import uk.dsp.inventory.reflash.entity.Redelivery;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.WorkOrder;

/** Re-flash requests, work orders and their CHs as the JSON API shows them, and re-delivery details as it reads them. */
final class ReflashJson {

    private ReflashJson() {}

    static Redelivery redelivery(JsonObject json) {
        return new Redelivery(
                JsonBodies.string(json, "address"),
                JsonBodies.string(json, "contactName"),
                JsonBodies.string(json, "contactPhone"),
                JsonBodies.string(json, "contactEmail"),
                JsonBodies.date(json, "wantedOn"));
    }

    static JsonObject outcome(ReflashRequests.Outcome outcome) {
        JsonArrayBuilder accepted = JsonOutput.array();
        outcome.accepted().forEach(id -> accepted.add(id.toString()));
        JsonArrayBuilder refused = JsonOutput.array();
        outcome.refused()
                .forEach(r -> refused.add(JsonOutput.object()
                        .add("deviceId", r.deviceId())
                        .add("reason", r.reason().name())
                        .add("description", r.reason().description())));
        JsonObjectBuilder json = JsonOutput.object();
        if (outcome.request() != null) {
            json.add("id", outcome.request().id())
                    .add("reference", outcome.request().reference())
                    .add("status", outcome.request().status().name());
        } else {
            json.add("error", "none of the CHs can be re-flashed: nothing was recorded");
        }
        return json.add("accepted", accepted).add("refused", refused).build();
    }

    static JsonObjectBuilder request(ReflashRequest request) {
        Redelivery redelivery = request.redelivery();
        JsonObjectBuilder json = JsonOutput.object()
                .add("id", request.id())
                .add("reference", request.reference())
                .add("partyId", request.partyId())
                .add("status", request.status().name())
                .add("requestedAt", request.requestedAt().toString())
                .add("requestedBy", request.requestedBy())
                .add(
                        "redelivery",
                        optional(
                                        JsonOutput.object()
                                                .add("address", redelivery.address())
                                                .add("contactName", redelivery.contactName())
                                                .add("contactPhone", redelivery.contactPhone()),
                                        "contactEmail",
                                        redelivery.contactEmail())
                                .add("wantedOn", redelivery.wantedOn().toString()));
        stamp(json, "decidedAt", request.decidedAt());
        return optional(optional(json, "decidedBy", request.decidedBy()), "decisionReason", request.decisionReason());
    }

    static JsonObject details(ReflashRequests.Details details) {
        return request(details.request())
                .add("chs", list(details.items(), ReflashJson::item))
                .add("workOrders", list(details.workOrders(), o -> workOrder(o).build()))
                .build();
    }

    static JsonObjectBuilder workOrder(WorkOrder order) {
        JsonObjectBuilder json = JsonOutput.object()
                .add("id", order.id())
                .add("reference", order.reference())
                .add("requestId", order.requestId())
                .add("cspPartyId", order.cspPartyId())
                .add("cspRegion", order.regionName())
                .add("status", order.status().name())
                .add("createdAt", order.createdAt().toString());
        stamp(json, "dispatchedAt", order.dispatchedAt());
        stamp(json, "deliveredAt", order.deliveredAt());
        return json;
    }

    static JsonObject workOrderDetails(WorkOrders.Details details) {
        return workOrder(details.order())
                .add("request", request(details.request()))
                .add("chs", list(details.items(), ReflashJson::item))
                .build();
    }

    static JsonObject item(ReflashItem item) {
        JsonObjectBuilder json = JsonOutput.object()
                .add("deviceId", item.deviceId().toString())
                .add("status", item.status().name())
                .add("model", item.model())
                .add("updatedAt", item.updatedAt().toString());
        if (item.workOrderId() != null) {
            json.add("workOrderId", item.workOrderId());
        }
        optional(json, "cspRegion", item.regionName());
        optional(json, "firmwareBefore", item.firmwareBefore());
        optional(json, "firmwareAfter", item.firmwareAfter());
        optional(json, "firmwareSource", item.firmwareSource());
        return optional(json, "reason", item.reason()).build();
    }

    /** A keyset page under {@code name}, and when it is full the key of the next one under {@code nextBefore}. */
    static <T> JsonObject page(
            String name, List<T> page, int limit, Function<T, JsonObject> each, ToLongFunction<T> key) {
        JsonObjectBuilder json = JsonOutput.object().add(name, list(page, each));
        if (page.size() == limit) {
            json.add("nextBefore", key.applyAsLong(page.get(page.size() - 1)));
        }
        return json.build();
    }

    static <T> JsonArrayBuilder list(List<T> values, Function<T, JsonObject> each) {
        JsonArrayBuilder array = JsonOutput.array();
        values.forEach(v -> array.add(each.apply(v)));
        return array;
    }

    static JsonObjectBuilder optional(JsonObjectBuilder json, String name, String value) {
        return value == null ? json : json.add(name, value);
    }

    private static void stamp(JsonObjectBuilder json, String name, Instant when) {
        if (when != null) {
            json.add(name, when.toString());
        }
    }
}
