package uk.dsp.inventory.reflash.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** Where and to whom the re-flashed CHs go back, and when the party wants them: amendable until dispatch. */
public record Redelivery(
        String address, String contactName, String contactPhone, String contactEmail, LocalDate wantedOn)
        implements Serializable {}
