package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import uk.dsp.inventory.firmware.boundary.FirmwareCatalogue;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.interfaces.selfservice.ApiMembers;

/**
 * The firmware catalogue: any signed-in user reads it; DCC Logistics sets a model's latest production version with
 * {@code PUT {manufacturer}/{model}} and {@code {"latestVersion":"..."}}.
 */
@Path("v1/firmware-catalogue")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FirmwareCatalogueResource {

    @Inject
    ApiMembers members;

    @Context
    HttpServletRequest request;

    @EJB
    FirmwareCatalogue catalogue;

    @GET
    public JsonObject list() {
        members.of(request);
        return JsonOutput.object()
                .add("models", ReflashJson.list(catalogue.list(), FirmwareCatalogueResource::json))
                .build();
    }

    @PUT
    @Path("{manufacturer}/{model}")
    public JsonObject set(
            @PathParam("manufacturer") String manufacturer, @PathParam("model") String model, String body) {
        String version = JsonBodies.string(JsonBodies.object(body), "latestVersion");
        return json(catalogue.setLatest(members.of(request), manufacturer, model, version));
    }

    private static JsonObject json(FirmwareRelease release) {
        return JsonOutput.object()
                .add("manufacturer", release.manufacturer())
                .add("model", release.model())
                .add("latestVersion", release.latestVersion())
                .add("setAt", release.setAt().toString())
                .add("setBy", release.setBy())
                .build();
    }
}
