package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.interfaces.selfservice.ApiSignIn;
import uk.dsp.inventory.interfaces.selfservice.PageLimit;
import uk.dsp.inventory.reflash.control.LedgerMonth;
import uk.dsp.inventory.stock.boundary.CommsHubStock;

/**
 * The CH stock view: {@code GET ch-stock} by model and firmware, {@code GET ch-stock/hubs} one CH a line (by Device
 * ID, {@code ?behindOnly=true} for those behind the catalogue), and for DCC Logistics {@code ?partyId=} and {@code GET
 * ch-stock/month-end/{month}}.
 */
@Path("v1/ch-stock")
@Produces(MediaType.APPLICATION_JSON)
public class CommsHubStockResource {

    private static final PageLimit PAGE = new PageLimit(CommsHubStock.MAX_PAGE);

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    CommsHubStock stock;

    @GET
    public JsonObject summary(@QueryParam("partyId") String partyId) {
        return JsonOutput.object()
                .add(
                        "lines",
                        ReflashJson.list(
                                stock.summary(signIn.member(request), partyId),
                                l -> optional(
                                                JsonOutput.object()
                                                        .add("manufacturer", l.manufacturer())
                                                        .add("model", l.model())
                                                        .add("chs", l.chs())
                                                        .add("behind", l.behind()),
                                                l.firmwareVersion(),
                                                l.latestVersion(),
                                                l.oldestDelivery() == null
                                                        ? null
                                                        : l.oldestDelivery().toString(),
                                                "oldestDelivery")
                                        .build()))
                .build();
    }

    @GET
    @Path("hubs")
    public JsonObject hubs(
            @QueryParam("partyId") String partyId,
            @QueryParam("behindOnly") @DefaultValue("false") boolean behindOnly,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (after != null && !Eui64.isValid(after) || !PAGE.allows(limit)) {
            throw Refused.invalid("after is a CHF Device ID (EUI-64); limit " + PAGE.range());
        }
        List<CommsHubStock.Hub> hubs = stock.hubs(
                signIn.member(request),
                partyId,
                behindOnly,
                after == null ? null : Eui64.parse(after).value(),
                limit);
        JsonObjectBuilder json = JsonOutput.object().add("hubs", ReflashJson.list(hubs, h -> {
            JsonObjectBuilder hub = optional(
                    JsonOutput.object()
                            .add("deviceId", h.deviceId().toString())
                            .add("manufacturer", h.manufacturer())
                            .add("model", h.model())
                            .add("behind", h.behind()),
                    h.firmwareVersion(),
                    h.latestVersion(),
                    h.deliveryDate() == null ? null : h.deliveryDate().toString(),
                    "deliveryDate");
            return (h.ageDays() == null ? hub : hub.add("ageDays", h.ageDays())).build();
        }));
        if (hubs.size() == limit) {
            json.add("nextAfter", hubs.get(hubs.size() - 1).deviceId().toString());
        }
        return json.build();
    }

    @GET
    @Path("month-end/{month}")
    public JsonObject monthEnd(@PathParam("month") String month) {
        var who = signIn.member(request); // who before what: an anonymous caller gets 401, not 400
        YearMonth yearMonth = LedgerMonth.parse(month);
        CommsHubStock.MonthEndCounts counts = stock.monthEnd(who, yearMonth);
        return JsonOutput.object()
                .add("month", yearMonth.toString())
                .add("countedAt", counts.countedAt().toString())
                .add("kept", counts.kept())
                .add(
                        "parties",
                        ReflashJson.list(
                                counts.parties(),
                                m -> JsonOutput.object()
                                        .add("partyId", m.partyId())
                                        .add("chs", m.chs())
                                        .build()))
                .build();
    }

    private static JsonObjectBuilder optional(
            JsonObjectBuilder json, String firmware, String latest, String date, String dateName) {
        ReflashJson.optional(json, "firmwareVersion", firmware);
        ReflashJson.optional(json, "latestVersion", latest);
        return ReflashJson.optional(json, dateName, date);
    }
}
