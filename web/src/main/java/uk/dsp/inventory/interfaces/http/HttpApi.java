package uk.dsp.inventory.interfaces.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every HTTP API under /dsp/api: the DUIS endpoint, the admin API and the self-service API. web.xml guards /api/admin/* for the role admin. */
@ApplicationPath("api")
public class HttpApi extends Application {}
