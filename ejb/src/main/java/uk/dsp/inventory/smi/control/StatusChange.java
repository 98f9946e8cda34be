package uk.dsp.inventory.smi.control;

import static uk.dsp.inventory.smi.entity.SmiStatus.COMMISSIONED;
import static uk.dsp.inventory.smi.entity.SmiStatus.DECOMMISSIONED;
import static uk.dsp.inventory.smi.entity.SmiStatus.INSTALLED_NOT_COMMISSIONED;
import static uk.dsp.inventory.smi.entity.SmiStatus.PENDING;
import static uk.dsp.inventory.smi.entity.SmiStatus.WHITELISTED;
import static uk.dsp.inventory.smi.entity.SmiStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Every change of a device's SMI status that the product makes, with the device types it applies to, the
 * statuses it may start from, the status it leads to (none: the device leaves the SMI), and who may cause
 * it. docs/state-machine.md is this table; {@link DeviceLifecycle} enforces it.
 */
public enum StatusChange {
    /** SR 8.14.1 for the CHF it names. */
    INSTALL_HUB_WITH_SM_WAN(
            Types.CHF, EnumSet.of(PENDING, INSTALLED_NOT_COMMISSIONED), COMMISSIONED, Authority.HUB_SUPPLIER),
    /** SR 8.14.1 for that CHF's GPF: installed, commissioned later with the gas meter. */
    INSTALL_HUB_GPF_WITH_SM_WAN(
            Types.GPF,
            EnumSet.of(PENDING, INSTALLED_NOT_COMMISSIONED),
            INSTALLED_NOT_COMMISSIONED,
            Authority.HUB_SUPPLIER),
    /** SR 8.14.2, 'install and leave': CHF and GPF installed, not yet on the SM WAN. */
    INSTALL_HUB_WITHOUT_SM_WAN(
            Types.COMMS_HUB, EnumSet.of(PENDING), INSTALLED_NOT_COMMISSIONED, Authority.HUB_SUPPLIER),
    /** SR 8.4 UpdateDeviceStatusExceptCH InstalledNotCommissioned. */
    MARK_DEVICE_INSTALLED(
            Types.NOT_COMMS_HUB,
            EnumSet.of(PENDING, WHITELISTED),
            INSTALLED_NOT_COMMISSIONED,
            Authority.NOTIFYING_PARTY),
    /** SR 8.4 UpdateDeviceStatusExceptCH Pending: a device taken back before commissioning. */
    MARK_DEVICE_PENDING(
            Types.NOT_COMMS_HUB,
            EnumSet.of(WHITELISTED, INSTALLED_NOT_COMMISSIONED),
            PENDING,
            Authority.NOTIFYING_PARTY),
    /** SR 8.4 UpdateDeviceStatusCH Commissioned: an installed-and-left CH that reached the SM WAN. */
    MARK_HUB_COMMISSIONED(
            Types.COMMS_HUB, EnumSet.of(INSTALLED_NOT_COMMISSIONED), COMMISSIONED, Authority.RESPONSIBLE_SUPPLIER),
    /** SR 8.4 UpdateDeviceStatusCH InstalledNotCommissioned: a CH that lost the SM WAN. */
    MARK_HUB_NOT_COMMISSIONED(
            Types.COMMS_HUB, EnumSet.of(COMMISSIONED), INSTALLED_NOT_COMMISSIONED, Authority.RESPONSIBLE_SUPPLIER),
    /** SR 8.4 UpdateDeviceStatusCH Withdrawn: a CH taken out of service. */
    WITHDRAW_HUB(
            Types.COMMS_HUB,
            EnumSet.of(INSTALLED_NOT_COMMISSIONED, COMMISSIONED, DECOMMISSIONED),
            WITHDRAWN,
            Authority.RESPONSIBLE_SUPPLIER),
    /** SR 8.4 DeleteDevice: a device its Service User pre-notified, still Pending. */
    DELETE_PENDING_DEVICE(Types.NOT_COMMS_HUB, EnumSet.of(PENDING), null, Authority.NOTIFYING_PARTY),
    /** Housekeeping: a device Pending for its type's duration, of a type not excluded. */
    HOUSEKEEPING_DELETION(EnumSet.allOf(DeviceType.class), EnumSet.of(PENDING), null, Authority.DSP);

    private final Set<DeviceType> types;
    private final Set<SmiStatus> from;
    private final SmiStatus to;
    private final Authority authority;

    StatusChange(Set<DeviceType> types, Set<SmiStatus> from, SmiStatus to, Authority authority) {
        this.types = types;
        this.from = from;
        this.to = to;
        this.authority = authority;
    }

    public boolean appliesTo(DeviceType type) {
        return types.contains(type);
    }

    public boolean startsFrom(SmiStatus status) {
        return from.contains(status);
    }

    /** The status it leads to, or null when the device leaves the SMI. */
    public SmiStatus to() {
        return to;
    }

    public Authority authority() {
        return authority;
    }

    public Set<DeviceType> types() {
        return EnumSet.copyOf(types);
    }

    public Set<SmiStatus> from() {
        return EnumSet.copyOf(from);
    }

    /** Who may cause a change. */
    public enum Authority {
        /** the Service User that pre-notified the device (SR 12.2) */
        NOTIFYING_PARTY,
        /** an Import or Gas Supplier to whom the CH was delivered, or its responsible supplier */
        HUB_SUPPLIER,
        /** the supplier that installed the CH */
        RESPONSIBLE_SUPPLIER,
        /** the DSP itself */
        DSP
    }

    private static final class Types {
        static final Set<DeviceType> CHF = EnumSet.of(DeviceType.CHF);
        static final Set<DeviceType> GPF = EnumSet.of(DeviceType.GPF);
        static final Set<DeviceType> COMMS_HUB = EnumSet.of(DeviceType.CHF, DeviceType.GPF);
        static final Set<DeviceType> NOT_COMMS_HUB = EnumSet.complementOf(EnumSet.of(DeviceType.CHF, DeviceType.GPF));
    }
}
