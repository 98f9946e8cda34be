package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.returns.boundary.ReturnsTracking;
import uk.dsp.inventory.returns.control.ReturnsFilter;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * Self-service: a Service User's user (role RETURNS, HTTP Basic) lists the Service Returns Records of the CHs its
 * party returned, one per CH, newest first, a page at a time by keyset: {@code nextBefore} is the next page's
 * {@code before}. It sees its own party's returns and no others.
 */
@Path("v1/returns")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsTrackingResource {

    private static final PageLimit PAGE = new PageLimit(ReturnsTracking.MAX_PAGE);

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    ReturnsTracking tracking;

    @GET
    public JsonObject list(
            @QueryParam("deviceId") String deviceId,
            @QueryParam("requestId") String requestId,
            @QueryParam("status") String status,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        PartyMember who = signIn.memberWithRole(request, UserRole.RETURNS);
        if (deviceId != null && !Eui64.isValid(deviceId)
                || requestId != null && !requestId.matches("[\\p{Graph}]{1,80}")
                || status != null && !status.matches("[A-Z_]{1,20}")
                || !PAGE.allows(limit)) {
            throw Refused.invalid("deviceId is an EUI-64 such as 00-DB-12-34-56-78-90-A0; requestId at most 80"
                    + " printable characters; status as the records show it; limit " + PAGE.range());
        }
        List<ReturnsRecord> page = tracking.page(
                who.partyId(),
                new ReturnsFilter(
                        deviceId == null ? null : Eui64.parse(deviceId), requestId, status, null, null, before, limit));
        return ReturnsJson.page(page, limit, "nextBefore")
                .add("partyId", who.partyId())
                .build();
    }
}
