package uk.dsp.inventory.it.support.duis;

import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.request;

/** SR 12.2, 8.2, 8.4, 8.14.1 and 8.14.2 documents as a DUIS client writes them (unsigned; the supplier signs). */
public final class SmiDocuments {

    private SmiDocuments() {}

    public static String preNotify(String originator, String deviceId, String type, String associatedGpf) {
        return request(originator, nextCounter(), "12.2", """
                <sr:DevicePrenotification><sr:DeviceID>%s</sr:DeviceID><sr:DeviceManufacturer>Landis+Gyr</sr:DeviceManufacturer>\
                <sr:DeviceModel>E470</sr:DeviceModel><sr:DeviceType>%s</sr:DeviceType><sr:SMETSCHTSVersion>SMETS2 v4.2</sr:SMETSCHTSVersion>\
                <sr:FirmwareVersion>1.2.0</sr:FirmwareVersion>%s</sr:DevicePrenotification>""".formatted(
                        deviceId,
                        type,
                        associatedGpf == null
                                ? ""
                                : "<sr:AssociatedGPFDeviceID>" + associatedGpf + "</sr:AssociatedGPFDeviceID>"));
    }

    public static String readByDeviceId(String originator, String deviceId) {
        return request(
                originator,
                nextCounter(),
                "8.2",
                "<sr:ReadInventory><sr:DeviceID>" + deviceId + "</sr:DeviceID></sr:ReadInventory>");
    }

    public static String readByMpxn(String originator, String mpxn) {
        return request(
                originator,
                nextCounter(),
                "8.2",
                "<sr:ReadInventory><sr:MPxN>" + mpxn + "</sr:MPxN></sr:ReadInventory>");
    }

    /** {@code update} is the element inside sr:UpdateInventory after the DeviceID, e.g. an sr:DeleteDevice. */
    public static String update(String originator, String deviceId, String update) {
        return request(
                originator,
                nextCounter(),
                "8.4",
                "<sr:UpdateInventory><sr:DeviceID>" + deviceId + "</sr:DeviceID>" + update + "</sr:UpdateInventory>");
    }

    public static String statusExceptCh(String status) {
        return "<sr:UpdateDeviceStatusExceptCH>" + status + "</sr:UpdateDeviceStatusExceptCH>";
    }

    public static String statusCh(String status) {
        return "<sr:UpdateDeviceStatusCH>" + status + "</sr:UpdateDeviceStatusCH>";
    }

    public static String installWithSmWan(String originator, String chf, String mpxn) {
        return request(originator, nextCounter(), "8.14.1", """
                <sr:CHFInstallSuccessSMWAN><sr:DeviceID>%s</sr:DeviceID><sr:CHFInstallType>New CHF Install</sr:CHFInstallType>\
                <sr:MPxN>%s</sr:MPxN><sr:AerialInstall>false</sr:AerialInstall><sr:CHFLocation>Deep indoors</sr:CHFLocation>\
                </sr:CHFInstallSuccessSMWAN>""".formatted(chf, mpxn));
    }

    public static String installWithoutSmWan(String originator, String chf, String mpxn) {
        return request(originator, nextCounter(), "8.14.2", """
                <sr:CHFInstallSuccessNoSMWAN><sr:DeviceID>%s</sr:DeviceID><sr:CHFInstallType>CHF Install - no SM WAN</sr:CHFInstallType>\
                <sr:MPxN>%s</sr:MPxN><sr:AerialInstall>false</sr:AerialInstall><sr:CHFLocation>Basement or Cellar</sr:CHFLocation>\
                <sr:PremiseType>Terraced</sr:PremiseType><sr:MetalObstructionCheck>true</sr:MetalObstructionCheck>\
                <sr:ConnectivityObstructionCheck>false</sr:ConnectivityObstructionCheck><sr:SharedObstructionCheck>false</sr:SharedObstructionCheck>\
                </sr:CHFInstallSuccessNoSMWAN>""".formatted(chf, mpxn));
    }
}
