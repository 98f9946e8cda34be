package uk.dsp.inventory.returns.control;

import java.util.List;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.RequestId;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnVariant;

/** A verified SR 8.14.3 or 8.14.4: its single CH, or its list of up to 999 (bulk). */
public record ReturnsRequest(RequestId requestId, Originator originator, ReturnVariant variant, boolean bulk,
                             List<CommsHubReturn> returns) {
}
