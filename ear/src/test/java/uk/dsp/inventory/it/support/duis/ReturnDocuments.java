package uk.dsp.inventory.it.support.duis;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** SR 8.14.3 and 8.14.4 documents as a DUIS client writes them: the single form exactly as DUIS 5.1, and our bulk form. */
public final class ReturnDocuments {

    public static final String DSP = "90-B3-D5-1F-30-00-00-02";
    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() * 1000);

    private ReturnDocuments() {}

    /** One CH to return: its CHF, and the GPF named as OtherDeviceID in a fault return. */
    public record Hub(String chf, String gpf) {}

    public static long nextCounter() {
        return COUNTER.incrementAndGet();
    }

    public static String faultReturn(String originator, long counter, Hub hub, String returnType) {
        return request(originator, counter, "8.14.3", fault(hub, returnType));
    }

    public static String noFaultReturn(String originator, long counter, Hub hub) {
        return request(originator, counter, "8.14.4", noFault(hub));
    }

    public static String bulkFaultReturn(String originator, long counter, List<Hub> hubs) {
        StringBuilder list = new StringBuilder("<sr:CHFFaultReturnList>");
        hubs.forEach(hub -> list.append(fault(hub, "Fault identified prior to installation")));
        return request(
                originator,
                counter,
                "8.14.3",
                list.append("</sr:CHFFaultReturnList>").toString());
    }

    public static String bulkNoFaultReturn(String originator, long counter, List<Hub> hubs) {
        StringBuilder list = new StringBuilder("<sr:CHFNoFaultReturnList>");
        hubs.forEach(hub -> list.append(noFault(hub)));
        return request(
                originator,
                counter,
                "8.14.4",
                list.append("</sr:CHFNoFaultReturnList>").toString());
    }

    public static String request(String originator, long counter, String variant, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.1">
                  <sr:Header>
                    <sr:RequestID>%s:%s:%d</sr:RequestID>
                    <sr:CommandVariant>8</sr:CommandVariant>
                    <sr:ServiceReference>%s</sr:ServiceReference>
                    <sr:ServiceReferenceVariant>%s</sr:ServiceReferenceVariant>
                  </sr:Header>
                  <sr:Body>%s</sr:Body>
                </sr:Request>
                """.formatted(originator, DSP, counter, serviceReference(variant), variant, body);
    }

    /** 8.14.3 belongs to 8.14; 8.2, 8.4 and 12.2 are their own references. */
    static String serviceReference(String variant) {
        String[] parts = variant.split("\\.");
        return parts.length == 3 ? parts[0] + "." + parts[1] : variant;
    }

    private static String fault(Hub hub, String returnType) {
        return """
                <sr:CHFFaultReturn><sr:DeviceID>%s</sr:DeviceID><sr:CHFFaultReturnType>%s</sr:CHFFaultReturnType>\
                <sr:UserRefID>RMA-1</sr:UserRefID><sr:OtherDeviceID>%s</sr:OtherDeviceID>\
                <sr:CHFConnectionMethod>Hot-shoe</sr:CHFConnectionMethod><sr:CHFFaultReason>Damaged case</sr:CHFFaultReason>\
                <sr:AdditionalInformation>cracked in transit</sr:AdditionalInformation></sr:CHFFaultReturn>""".formatted(hub.chf(), returnType, hub.gpf());
    }

    private static String noFault(Hub hub) {
        return """
                <sr:CHFNoFaultReturn><sr:DeviceID>%s</sr:DeviceID>\
                <sr:CHFNoFaultReturnType>No Fault Return (general)</sr:CHFNoFaultReturnType></sr:CHFNoFaultReturn>""".formatted(hub.chf());
    }
}
