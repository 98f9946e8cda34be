package uk.dsp.inventory.returns.control;

import java.util.List;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnVariant;

/** The returns of a verified SR 8.14.3 or 8.14.4: its single CH, or its list of up to 999 (bulk). */
public record ReturnsRequest(ReturnVariant variant, boolean bulk, List<CommsHubReturn> returns) {}
