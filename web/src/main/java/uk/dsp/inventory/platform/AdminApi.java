package uk.dsp.inventory.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST resources live under /dsp/api; web.xml guards /api/admin/* for the role admin. */
@ApplicationPath("api")
public class AdminApi extends Application {
}
