package uk.dsp.inventory.interfaces.selfservice;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/** A DSMS returns record as the JSON APIs show it: to the Service User, to the CSP and to DCC operators alike. */
final class ReturnsJson {

    private ReturnsJson() {}

    /**
     * A page of records as {@code {"returns": [...]}}, and when the page is full the key of the next one under
     * {@code nextKey} (the last record's ID: {@code nextBefore} newest first, {@code nextAfter} oldest first).
     */
    static JsonObjectBuilder page(List<ReturnsRecord> page, int limit, String nextKey) {
        JsonArrayBuilder records = JsonOutput.array();
        page.forEach(record -> records.add(of(record)));
        JsonObjectBuilder answer = JsonOutput.object().add("returns", records);
        if (page.size() == limit) {
            answer.add(nextKey, page.get(page.size() - 1).recordId());
        }
        return answer;
    }

    static JsonObject of(ReturnsRecord record) {
        JsonObjectBuilder json = JsonOutput.object()
                .add("recordId", record.recordId())
                .add("deviceId", record.deviceId().toString())
                .add("requestId", record.requestId())
                .add("returningPartyId", record.returningPartyId())
                .add("serviceReferenceVariant", record.serviceReferenceVariant())
                .add("returnType", record.returnType())
                .add("faultReason", record.faultReason() == null ? "" : record.faultReason())
                .add("status", record.status())
                .add("openedAt", record.openedAt().toString())
                .add("dueOn", record.dueOn().toString());
        stamp(json, "receivedAt", record.receivedAt());
        stamp(json, "closedAt", record.closedAt());
        return json.build();
    }

    private static void stamp(JsonObjectBuilder json, String name, Instant when) {
        if (when != null) {
            json.add(name, when.toString());
        }
    }
}
