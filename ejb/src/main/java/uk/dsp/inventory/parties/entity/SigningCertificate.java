package uk.dsp.inventory.parties.entity;

import java.time.Instant;

/** A parsed and checked signing certificate: its serial number in hexadecimal, and its PEM as registered. */
public record SigningCertificate(
        String serialNumber, String subject, Instant notBefore, Instant notAfter, String pem) {}
