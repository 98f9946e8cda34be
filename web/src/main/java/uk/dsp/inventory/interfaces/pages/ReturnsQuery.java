package uk.dsp.inventory.interfaces.pages;

import java.time.LocalDate;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.returns.control.ReturnsFilter;

/** The returns filters as typed in a page or a CSV link: each checked, with a message for what is wrong. */
public class ReturnsQuery {

    private String deviceId;
    private String requestId;
    private String status;
    private String from;
    private String to;
    private Long before;

    public boolean valid() {
        return problem() == null;
    }

    public String problem() {
        if (present(deviceId) && !Eui64.isValid(deviceId.strip())) {
            return "Device ID: an EUI-64 such as 00-DB-12-34-56-78-90-A0.";
        }
        if (present(requestId) && !requestId.strip().matches("[\\p{Graph}]{1,80}")) {
            return "Request ID: at most 80 printable characters.";
        }
        if (present(status) && !status.strip().matches("[A-Z_]{1,20}")) {
            return "Status: one of the statuses shown.";
        }
        if (date(from) == null && present(from) || date(to) == null && present(to)) {
            return "Opened from and to: dates such as " + UkDates.example() + ".";
        }
        return null;
    }

    public ReturnsFilter filter(int limit) {
        return new ReturnsFilter(
                present(deviceId) ? Eui64.parse(deviceId.strip()) : null,
                present(requestId) ? requestId.strip() : null,
                present(status) ? status.strip() : null,
                date(from),
                date(to),
                before,
                limit);
    }

    /** These filters as a URL's query, with another page's key: for the next page's and the CSV's links. */
    public String queryString(Long pageBefore) {
        return PageLinks.query(
                "deviceId",
                deviceId,
                "requestId",
                requestId,
                "status",
                status,
                "from",
                from,
                "to",
                to,
                "before",
                pageBefore == null ? null : pageBefore.toString());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static LocalDate date(String text) {
        if (!present(text)) {
            return null;
        }
        return UkDates.parse(text).orElse(null);
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
