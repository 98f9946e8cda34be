package uk.dsp.inventory.parties.entity;

import java.time.Instant;

/** A parsed and checked gateway (TLS client) certificate: its SHA-256 fingerprint in hex, and its PEM as registered. */
public record GatewayCertificate(String fingerprint, String subject, Instant notBefore, Instant notAfter, String pem) {}
