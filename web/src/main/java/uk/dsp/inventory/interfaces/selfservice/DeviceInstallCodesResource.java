package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.dsp.inventory.incidents.boundary.Incidents;
import uk.dsp.inventory.interfaces.http.JsonBodies;

/** The installing supplier lodges a device's install code ahead of any incident (beyond MP121: MP281). */
@Path("v1/devices/{deviceId}/install-code")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceInstallCodesResource {

    @EJB
    Incidents incidents;

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @PUT
    public Response lodge(@PathParam("deviceId") String deviceId, String body) {
        incidents.lodgeInstallCode(
                signIn.member(request), deviceId, JsonBodies.string(JsonBodies.object(body), "installCode"));
        return Response.noContent().build();
    }
}
