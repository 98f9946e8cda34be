package uk.dsp.inventory.interfaces.pages.reflash;

import java.time.LocalDate;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.pages.UkDates;
import uk.dsp.inventory.reflash.entity.Redelivery;

/**
 * The re-delivery details as typed in a form, for a new request and an amendment alike. The facade checks them; the
 * form only reads the date, so that a mistyped one gets a message rather than a converter's.
 */
public class RedeliveryForm {

    private String address;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String wantedOn;

    /** The form filled with what a request holds now, for its amendment. */
    static RedeliveryForm of(Redelivery redelivery) {
        RedeliveryForm form = new RedeliveryForm();
        form.address = redelivery.address();
        form.contactName = redelivery.contactName();
        form.contactPhone = redelivery.contactPhone();
        form.contactEmail = redelivery.contactEmail();
        form.wantedOn = UkDates.shown(redelivery.wantedOn());
        return form;
    }

    Redelivery redelivery() {
        return new Redelivery(address, contactName, contactPhone, contactEmail, wantedDate());
    }

    private LocalDate wantedDate() {
        if (wantedOn == null || wantedOn.isBlank()) {
            return null; // the facade says what is needed
        }
        return UkDates.parse(wantedOn)
                .orElseThrow(() ->
                        Refused.invalid("Wanted on: a date such as " + UkDates.example() + " or 15 January 2027."));
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getWantedOn() {
        return wantedOn;
    }

    public void setWantedOn(String wantedOn) {
        this.wantedOn = wantedOn;
    }
}
