package uk.dsp.inventory.smi.control;

import uk.dsp.inventory.duis.entity.Originator;
import uk.dsp.inventory.duis.entity.RequestId;

/** A verified DUIS request about the SMI: who sent it, with which RequestID, as which Service Reference Variant. */
public record ServiceUserRequest(RequestId requestId, Originator originator, String serviceReferenceVariant) {
}
