package uk.dsp.inventory.dcc;

/** A verified DUIS request about the SMI: who sent it, with which RequestID, as which Service Reference Variant. */
public record ServiceUserRequest(RequestId requestId, Originator originator, String serviceReferenceVariant) {}
