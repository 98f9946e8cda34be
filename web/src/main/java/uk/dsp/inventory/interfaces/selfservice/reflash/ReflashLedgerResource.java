package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.interfaces.selfservice.ApiSignIn;
import uk.dsp.inventory.reflash.boundary.ReflashLedger;
import uk.dsp.inventory.reflash.control.LedgerMonth;

/**
 * Re-flash charges per party and month ({@code GET reflash-charges}, and one month's CHs at {@code
 * reflash-charges/2026-11}), and forecasts ({@code GET reflash-forecasts} against requests; the party's {@code PUT
 * reflash-forecasts} with {@code {"months":{"2026-12":400,...}}}). A party sees its own; DCC Logistics all, or one
 * party's with {@code ?partyId=}.
 */
@Path("v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReflashLedgerResource {

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    ReflashLedger ledger;

    @GET
    @Path("reflash-charges")
    public JsonObject charges(@QueryParam("partyId") String partyId) {
        return JsonOutput.object()
                .add(
                        "months",
                        ReflashJson.list(
                                ledger.charges(signIn.member(request), partyId),
                                m -> JsonOutput.object()
                                        .add("partyId", m.partyId())
                                        .add("month", m.month().toString())
                                        .add("chs", m.chs())
                                        .add("total", m.total())
                                        .build()))
                .build();
    }

    @GET
    @Path("reflash-charges/{month}")
    public JsonObject chargeLines(@PathParam("month") String month, @QueryParam("partyId") String partyId) {
        var who = signIn.member(request);
        return JsonOutput.object()
                .add(
                        "charges",
                        ReflashJson.list(
                                ledger.chargeLines(who, partyId, month(month)),
                                c -> JsonOutput.object()
                                        .add("partyId", c.partyId())
                                        .add("month", c.month().toString())
                                        .add("reference", c.reference())
                                        .add("deviceId", c.deviceId().toString())
                                        .add("amount", c.amount())
                                        .add("chargedAt", c.chargedAt().toString())
                                        .build()))
                .build();
    }

    @GET
    @Path("reflash-forecasts")
    public JsonObject forecasts(@QueryParam("partyId") String partyId) {
        return JsonOutput.object()
                .add("months", ReflashJson.list(ledger.forecasts(signIn.member(request), partyId), f -> {
                    var json = JsonOutput.object()
                            .add("partyId", f.partyId())
                            .add("month", f.month().toString())
                            .add("requested", f.requested());
                    return (f.forecast() == null ? json.addNull("forecast") : json.add("forecast", f.forecast()))
                            .build();
                }))
                .build();
    }

    @PUT
    @Path("reflash-forecasts")
    public JsonObject forecast(String body) {
        var who = signIn.member(request); // who before what: an anonymous caller gets 401, not 400
        JsonObject months = JsonBodies.member(JsonBodies.object(body), "months");
        Map<YearMonth, Integer> volumes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : months.entrySet()) {
            if (entry.getValue().getValueType() != JsonValue.ValueType.NUMBER
                    || !months.getJsonNumber(entry.getKey()).isIntegral()) {
                throw Refused.invalid("each month's forecast is a whole number of CHs");
            }
            volumes.put(
                    month(entry.getKey()), months.getJsonNumber(entry.getKey()).intValueExact());
        }
        if (volumes.isEmpty()) {
            throw Refused.invalid("months gives at least one month, such as {\"2026-12\": 400}");
        }
        ledger.forecast(who, volumes);
        return forecasts(null);
    }

    private static YearMonth month(String text) {
        return LedgerMonth.parse(text);
    }
}
