package uk.dsp.inventory.incidents.control;

import java.util.List;

/** A mail about an incident, composed in the transaction of the step and sent after it commits. Never a code. */
public record IncidentMailNotice(long incidentId, List<String> to, String subject, String body) {}
