#!/usr/bin/env python3
"""Rows of a national-size Smart Metering Inventory, in PostgreSQL's COPY text format.

    generate.py plan --devices N [--as-of YYYY-MM-DD]          the row counts, table by table
    generate.py copy TABLE --devices N [--as-of D] [--jobs J]  that table's rows, for COPY ... FROM STDIN

scripts/smi-generate.sh drives it; docs/smi-scale.md says what the estate looks like and why.

Deterministic: one --devices and one --as-of give the same rows byte for byte, whatever --jobs is. Every block
of rows draws from its own random generator, seeded by (population, first index), not from one shared stream;
and what two tables must agree on (who installed premises i, which CH the returns record k names, which stock
CHs a re-flash request holds) is a pure function of an index, so each table finds it without the others' rows.
Dates are counted back from --as-of (default today), so a load made on another day has the same shape: as many
devices due for housekeeping, as many incidents overdue.
"""

import argparse
import bisect
import datetime
import multiprocessing
import random
import sys
from collections import deque

SEED = 20261207
MASK64 = (1 << 64) - 1

# ---------------------------------------------------------------------------------------------------- parties

DSP_ID = "90-B3-D5-1F-30-00-00-02"  # the DSP's own EUI-64, as configure-server.cli defaults it
CSPS = [  # one CSP per region (V7's party_one_csp_per_region); IDs as in the README's example
    ("90-B3-D5-1F-30-0C-00-01", "CSP North", "NORTH"),
    ("90-B3-D5-1F-30-0C-00-02", "CSP Central", "CENTRAL"),
    ("90-B3-D5-1F-30-0C-00-03", "CSP South", "SOUTH"),
]
CSP_OF = {region: pid for pid, _, region in CSPS}
REGIONS = ["NORTH", "CENTRAL", "SOUTH"]


def _service_users():
    """60 Service Users: 40 energy suppliers, then distributors, transporters, agents and other users.
    Supplier 01 is DCC Boxed's test supplier ID, so a DUIS client built for DCC Boxed acts as the largest one."""
    users = []
    for n in range(1, 61):
        pid = "90-B3-D5-1F-30-01-00-%02X" % (n - 1)
        if n <= 40:
            name = "Supplier %02d" % n + (" (largest)" if n == 1 else "")
            roles = ["IS", "GS"] if n <= 30 else (["IS"] if n <= 36 else ["GS"])
            if n <= 10 or n in (31, 32):
                roles.append("ES")
        elif n <= 48:
            name, roles = "Electricity Distributor %02d" % (n - 40), ["ED"]
        elif n <= 54:
            name, roles = "Gas Transporter %02d" % (n - 48), ["GT"]
        elif n <= 57:
            name, roles = "Supplier Agent %02d" % (n - 54), ["RSA"]
        else:
            name, roles = "Other User %02d" % (n - 57), ["OU"]
        users.append((pid, name, roles))
    return users


SERVICE_USERS = _service_users()
BIG = SERVICE_USERS[0][0]
ELECTRICITY = [pid for pid, _, roles in SERVICE_USERS if "IS" in roles]
GAS = [pid for pid, _, roles in SERVICE_USERS if "GS" in roles]
DUAL_FUEL = frozenset(ELECTRICITY) & frozenset(GAS)
SUPPLIER_NO = {pid: n + 1 for n, (pid, _, _) in enumerate(SERVICE_USERS)}


def _shares(parties, big_share):
    """Market shares: the largest supplier its own, the others falling off as a Zipf-like curve."""
    weights = [1.0 / (rank ** 0.9) for rank in range(1, len(parties))]
    total = sum(weights)
    return [big_share] + [(1 - big_share) * w / total for w in weights]


def _table(parties, shares, size=1000):
    """A lookup of `size` slots, each a party, in proportion to its share."""
    out, cumulative = [], 0.0
    for pid, share in zip(parties, shares):
        cumulative += share
        while len(out) < round(cumulative * size):
            out.append(pid)
    while len(out) < size:
        out.append(parties[-1])
    return out


ELECTRICITY_BY_SLOT = _table(ELECTRICITY, _shares(ELECTRICITY, 0.12))
GAS_BY_SLOT = _table(GAS, _shares(GAS, 0.12))
OTHERS = ELECTRICITY[1:]  # suppliers other than the largest, for the stock and returns it does not own
OTHER_SHARES = _shares(ELECTRICITY, 0.12)[1:]

# ---------------------------------------------------------------------------------------------------- devices

# A Device ID is an EUI-64 held as a signed bigint (dcc.Eui64): maker's 24-bit prefix, then 4 bits of population,
# 3 of device type and a 33-bit serial. Population 15 is never generated: a test pre-notifies new CHs there.
POP_PREMISES, POP_BIG_STOCK, POP_STOCK, POP_BIG_RETURNED, POP_RETURNED, POP_PENDING = range(6)
POP_FREE = 15
TYPE_CODE = {"CH": 0, "ESME": 1, "GSME": 2, "IHD": 3, "PPMID": 4, "CAD": 5, "HCALCS": 6}


def device_id(prefix, pop, kind, serial):
    value = (prefix << 40) | (pop << 36) | (TYPE_CODE[kind] << 33) | serial
    return value - (1 << 64) if value >= 1 << 63 else value


def eui(value):
    """A bigint Device ID in DUIS notation."""
    hexa = "%016X" % (value & MASK64)
    return "-".join(hexa[i:i + 2] for i in range(0, 16, 2))


# Comms Hubs: CSP North's from one maker, Central's and South's from another, each model single or dual band.
# Versions oldest first; the last is the firmware catalogue's latest (firmware_release), so older ones are
# 'behind' in the stock view and may be re-flashed.
CH_MODELS = {
    "NORTH": [("Toshiba", 0x00DB12, "CH-N-SB-2", "SINGLE_BAND", ["1.2.1", "1.3.0", "1.4.2"], "HW 2.0"),
              ("Toshiba", 0x00DB12, "CH-N-DB-3", "DUAL_BAND", ["2.0.4", "2.1.0"], "HW 3.1")],
    "CENTRAL": [("WNC", 0xBC33AC, "CH-CS-SB-2", "SINGLE_BAND", ["3.1.7", "3.2.3", "3.4.0"], "HW 2.2"),
                ("WNC", 0xBC33AC, "CH-CS-DB-3", "DUAL_BAND", ["4.0.2", "4.1.1"], "HW 3.0")],
}
CH_MODELS["SOUTH"] = CH_MODELS["CENTRAL"]
CATALOGUE = sorted({(m[0], m[2], m[4][-1]) for models in CH_MODELS.values() for m in models})

# Other devices: (maker, prefix, model, firmware versions, SMETS version)
METERS = {
    "ESME": [("Landis+Gyr", 0x0022A5, "E470-5394", ["01.23", "01.31"], "4.2"),
             ("Secure Meters", 0xD052A8, "Liberty 100", ["2.4.1", "2.5.0"], "4.2"),
             ("EDMI", 0x70B3D5, "Atlas Mk7A", ["8.61", "8.70"], "5.0"),
             ("Aclara", 0x001C47, "SGM1412-B", ["3.0.2"], "4.2"),
             ("Kaifa", 0x887384, "MA120", ["1.0.9", "1.1.3"], "5.0")],
    "GSME": [("Landis+Gyr", 0x0022A5, "G470", ["02.10", "02.14"], "4.2"),
             ("Flonidan", 0x00124B, "UG-G4SZ", ["4.1"], "4.2"),
             ("Secure Meters", 0xD052A8, "Europa EG4v10", ["1.6.0", "1.7.2"], "5.0"),
             ("Honeywell", 0x000AF7, "BK-G4 E", ["5.2"], "4.2")],
    "IHD": [("Chameleon Technology", 0x002446, "IHD6-CAD", ["2.30", "2.41"], "4.2"),
            ("Geo", 0x588E81, "Trio II", ["3.2.0"], "4.2"),
            ("Hildebrand", 0x8CF681, "Glow Display", ["1.9"], "5.0")],
    "PPMID": [("Chameleon Technology", 0x002446, "PPMID-1", ["1.12"], "4.2"),
              ("Geo", 0x588E81, "PPMID Pro", ["2.0.1"], "4.2")],
    "CAD": [("Hildebrand", 0x8CF681, "Glow CAD", ["1.4"], "5.0")],
    "HCALCS": [("Landis+Gyr", 0x0022A5, "HCALCS-1", ["1.0"], "4.2")],
}
ESME_VARIANTS = ["A"] * 90 + ["B"] * 6 + ["C"] * 3 + ["ADE"]

# Electricity distributor areas (the first two digits of an MPAN) and the CSP region each lies in.
DISTRIBUTORS = [(10, "SOUTH"), (11, "CENTRAL"), (12, "SOUTH"), (13, "CENTRAL"), (14, "CENTRAL"), (15, "NORTH"),
                (16, "NORTH"), (17, "NORTH"), (18, "NORTH"), (19, "SOUTH"), (20, "SOUTH"), (21, "CENTRAL"),
                (22, "SOUTH"), (23, "NORTH")]
MPAN_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def mpan(distributor, unique):
    """A 13-digit MPAN core: distributor, 10-digit unique part, check digit (the industry's prime weighting)."""
    digits = "%02d%010d" % (distributor, unique)
    check = sum(int(d) * p for d, p in zip(digits, MPAN_PRIMES)) % 11 % 10
    return digits + str(check)


def mprn(i):
    """A gas meter point's MPRN: 6 to 10 digits, unique per premises."""
    if i % 1000 == 501:  # (premises with i % 5 == 0 have no gas)
        return str(100000 + i // 1000)
    if i % 10 == 1:
        return str(10000000 + i // 10)
    return str(2000000000 + i)


# ---------------------------------------------------------------------------------------------------- the plan

class Plan:
    """How many of each kind of row a load of `devices` devices holds. Every count is a function of the size alone,
    and the device populations add up to exactly `devices`."""

    def __init__(self, devices, as_of):
        n = devices
        self.devices, self.as_of = n, as_of
        # Supplier 01's stock view holds 4% of the device count in CHs (2 million at 50M), its returns list 2%.
        self.big_stock = n * 4 // 100
        self.big_returned = n * 2 // 100
        self.reflash_big = n // 1000  # re-flash: 0.1% of the size from Supplier 01's stock, as much from others'
        self.pending_base = n * 2 // 100  # meters, IHDs, ... pre-notified and never installed
        fixed = 2 * self.big_stock + 2 * self.big_returned + self.pending_base
        low, high = 0, n  # premises: the most that still fit, the rest goes to the Pending devices
        while low < high:
            mid = (low + high + 1) // 2
            if fixed + self._premises_devices(mid) + 2 * (self._stock(mid) + self._returned(mid)) <= n:
                low = mid
            else:
                high = mid - 1
        self.premises = low
        self.stock = self._stock(low)
        self.returned = self._returned(low)
        self.pending = n - fixed + self.pending_base - self._premises_devices(low) - 2 * (self.stock + self.returned)
        if self.pending < 0 or self.premises < 100:
            raise SystemExit("--devices %d is too small for a national mix (at least 1000)" % n)
        self.reflash_others = min(self.reflash_big, self.stock // 5)
        self.incidents = min(max(n // 1000, 10), (self.premises + 62) // 100)
        self.days = (as_of - datetime.date(2019, 1, 1)).days  # the SMETS2 roll-out so far
        self.dates = [(as_of - datetime.timedelta(days=d)).isoformat() for d in range(self.days + 800)]
        self.stock_pallet = max(8, min(896, self.stock // 80))
        self.stock_parties = _allocate(OTHERS, OTHER_SHARES, -(-self.stock // self.stock_pallet))
        self.returned_parties = _allocate(OTHERS, OTHER_SHARES, self.returned)

    @staticmethod
    def _premises_devices(p):
        """Per premises a CHF, its GPF and an electricity meter; gas at 4 in 5, an IHD at 9 in 10, a PPMID at 1 in 8."""
        return 3 * p + (p - count(p, 5, 0)) + (p - count(p, 10, 9)) + count(p, 8, 3)

    @staticmethod
    def _stock(p):
        return p * 3 // 100  # the other suppliers' CHs delivered and not yet installed

    @staticmethod
    def _returned(p):
        return p // 100  # their CHs returned

    def device_counts(self):
        p = self.premises
        return {
            "CH (CHF + GPF) installed at premises": p,
            "  with a gas meter (GSME)": p - count(p, 5, 0),
            "  with an IHD": p - count(p, 10, 9),
            "  with a PPMID": count(p, 8, 3),
            "CH in Supplier 01's stock": self.big_stock,
            "CH in other suppliers' stock": self.stock,
            "CH returned by Supplier 01": self.big_returned,
            "CH returned by other suppliers": self.returned,
            "other devices Pending, never installed": self.pending,
            "  of which due for housekeeping (Pending > 12 months)": count(self.pending, 4, 0),
        }


def count(n, modulus, remainder):
    """How many i in [0, n) have i % modulus == remainder."""
    return (n - remainder + modulus - 1) // modulus if n > remainder else 0


def _allocate(parties, shares, units):
    """Contiguous ranges of `units` in proportion to shares: the first index of each party's range."""
    starts, cumulative = [], 0.0
    for share in shares:
        starts.append(round(cumulative * units))
        cumulative += share
    return starts


def party_at(starts, parties, index):
    return parties[bisect.bisect_right(starts, index) - 1]


# ---------------------------------------------------------------------------------------------------- shapes
# What more than one table must agree on, as functions of an index.

def premises_shape(i):
    """Premises i: its electricity supplier (who installed the CH and the ESME), its gas supplier, its distributor."""
    h = (i * 0x9E3779B97F4A7C15 + SEED) & MASK64
    electricity = ELECTRICITY_BY_SLOT[(h >> 40) % 1000]
    if electricity in DUAL_FUEL and (h >> 20) % 100 < 85:
        gas = electricity  # dual fuel
    else:
        gas = GAS_BY_SLOT[(h >> 30) % 1000]
    distributor, region = DISTRIBUTORS[(h >> 52) % 14]
    esme = METERS["ESME"][(h >> 8) % 5]
    return electricity, gas, distributor, region, esme


def install_days_back(plan, i):
    """Premises are numbered in installation order, from the roll-out's start to yesterday."""
    return 1 + (plan.premises - 1 - i) * (plan.days - 1) // plan.premises


# 1 premises in 100 was installed and left (SR 8.14.2): the meters InstalledNotCommissioned, the ones a gaining
# supplier raises 'Request for Install Code' incidents about.
def installed_and_left(i):
    return i % 100 == 37


def stock_pallet(plan, pop, j):
    """The pallet a stock CH came on (one region, one model, one delivery day) and the party it was delivered to."""
    if pop == POP_BIG_STOCK:
        q = j // 896
        return q, BIG
    q = j // plan.stock_pallet
    return q, party_at(plan.stock_parties, OTHERS, q)


def pallet_details(plan, pop, q):
    h = (q * 0xD6E8FEB86659FD93 + pop + SEED) & MASK64
    region = REGIONS[(h >> 40) % 3]
    maker, prefix, model, band, versions, hardware = CH_MODELS[region][0 if (h >> 20) % 10 < 3 else 1]
    # Supplier 01's stock is old (up to 3 years): much of it behind the catalogue, the re-flash candidates.
    oldest = 1095 if pop == POP_BIG_STOCK else 540
    delivered = 1 + (h >> 8) % oldest
    behind = (h >> 30) % 100 < (45 if pop == POP_BIG_STOCK else 20)
    firmware = versions[(h >> 50) % (len(versions) - 1)] if behind else versions[-1]
    return region, (maker, prefix, model, band, versions, hardware), delivered, firmware


BIG_REQUEST_SIZES = [999, 999, 500, 250, 100, 40, 10, 1]  # Supplier 01's bulk returns (MP117), in turn
BIG_REQUEST_ENDS = [sum(BIG_REQUEST_SIZES[:n + 1]) for n in range(len(BIG_REQUEST_SIZES))]


def returned_ch(plan, pop, k):
    """Returned CH k: its party, its request (a key unique within the party), the first CH of that request, its
    region and whether it had been installed. Supplier 01 returns CHs from its stock in bulk, up to 999 a request;
    the others return installed CHs mostly, one a request, and now and then ten in one."""
    if pop == POP_BIG_RETURNED:
        party = BIG
        cycle, offset = divmod(k, BIG_REQUEST_ENDS[-1])
        n = bisect.bisect_right(BIG_REQUEST_ENDS, offset)
        request = cycle * len(BIG_REQUEST_SIZES) + n
        first = cycle * BIG_REQUEST_ENDS[-1] + (BIG_REQUEST_ENDS[n - 1] if n else 0)
        installed = (k * 0x9E37 >> 4) % 100 < 15
    else:
        at = bisect.bisect_right(plan.returned_parties, k) - 1
        party, block = OTHERS[at], (k - plan.returned_parties[at]) // 10
        if block % 4 == 0:  # a bulk request of the block's ten CHs
            request, first = -1 - block, plan.returned_parties[at] + 10 * block
        else:
            request, first = k, k
        installed = (k * 0x9E37 >> 4) % 100 < 70
    h = (k * 0x9E3779B97F4A7C15 + pop * 7 + SEED) & MASK64
    region = REGIONS[(h >> 40) % 3]
    return party, request, first, region, installed


def returned_days_back(plan, pop, k):
    """Returns spread over the last three years, newer with k; a request's CHs all go back on the day of its first."""
    total = plan.big_returned if pop == POP_BIG_RETURNED else plan.returned
    return 1 + (total - 1 - k) * 1094 // max(total, 1)


# ---------------------------------------------------------------------------------------------------- re-flash

class Reflash:
    """Re-flash requests over the stock CHs: which request and item status each stock CH index has."""

    def __init__(self, plan):
        self.requests = []  # (pop, first, end, party, status, requested_days_back)
        size = 40
        for pop, budget, parties in ((POP_BIG_STOCK, plan.reflash_big, None), (POP_STOCK, plan.reflash_others, 1)):
            if parties is None:
                ranges = [(BIG, 0, min(budget, plan.big_stock))]
            else:  # the first CHs of each other party's stock, a tenth of it at most
                ranges, left = [], budget
                for n, start in enumerate(plan.stock_parties):
                    end = (plan.stock_parties + [-(-plan.stock // plan.stock_pallet)])[n + 1]
                    first, last = start * plan.stock_pallet, min(end * plan.stock_pallet, plan.stock)
                    take = min(left, (last - first) // 10)
                    if take > 0:
                        ranges.append((OTHERS[n], first, first + take))
                        left -= take
            for party, first, end in ranges:
                for start in range(first, end, size):
                    self.requests.append([pop, start, min(start + size, end), party])
        total = len(self.requests)
        order = sorted(range(total), key=lambda r: (r * 0x9E3779B1) % 1000003)  # interleave the parties in time
        for rank, r in enumerate(order):
            days_back = 1 + (total - 1 - rank) * 700 // max(total, 1)
            if days_back > 60:
                status = "REJECTED" if rank % 20 == 7 else "COMPLETED"
            elif days_back > 10:
                status = "ACCEPTED"
            else:
                status = "REQUESTED"
            self.requests[r] += [status, days_back]
        self.by_pop = {}
        self.regions = []  # the regions of each request's CHs: one work order each once accepted
        for rid, req in enumerate(self.requests, start=1):
            self.by_pop.setdefault(req[0], []).append((req[1], req[2], rid))
            self.regions.append(sorted({pallet_details(plan, req[0], stock_pallet(plan, req[0], j)[0])[0]
                                        for j in range(req[1], req[2])}, key=REGIONS.index))

    def request_of(self, pop, j):
        spans = self.by_pop.get(pop, [])
        at = bisect.bisect_right(spans, (j, 1 << 62, 0)) - 1
        if at >= 0 and spans[at][0] <= j < spans[at][1]:
            return spans[at][2]
        return None

    def work_order_status(self, request_id, region):
        """A completed request's work orders are all delivered; an accepted one's first is still open or dispatched
        (else it would be complete), the others anywhere."""
        if self.requests[request_id - 1][4] == "COMPLETED":
            return "DELIVERED"
        n = self.regions[request_id - 1].index(region)
        return ("OPEN", "DISPATCHED", "DELIVERED")[(request_id + n) % (2 if n == 0 else 3)]

    def item_status(self, request_id, region, j):
        status = self.requests[request_id - 1][4]
        if status == "REQUESTED":
            return "REQUESTED"
        if status == "REJECTED":
            return "NOT_AUTHORISED"
        roll = (j * 0x9E3779B1 >> 8) % 100
        if roll < 2:
            return "REFUSED"
        if roll < 4:
            return "FAILED"
        order = self.work_order_status(request_id, region)
        if order == "OPEN":
            return ("AUTHORISED", "RECEIVED", "REFLASHED", "REFLASHED")[roll % 4]
        return "DISPATCHED" if order == "DISPATCHED" else "DELIVERED"


AWAY = {"AUTHORISED", "RECEIVED", "REFLASHED", "DISPATCHED"}
NEW_FIRMWARE = {"REFLASHED", "DISPATCHED", "DELIVERED"}

# ---------------------------------------------------------------------------------------------------- rows

N = "\\N"


def ts(plan, days_back, minute):
    """A timestamp in UTC, days back from the as-of day, at a minute of the working day (07:00 to 19:59)."""
    return "%s %02d:%02d:00+00" % (plan.dates[days_back], 7 + minute // 60 % 13, minute % 60)


DEVICE_ROW = "\t".join(["%s"] * 27) + "\n"


def device_line(fields):
    """One device row; the fields' absent values are already N (one % format is the generator's main cost)."""
    return DEVICE_ROW % fields


DEVICE_COLUMNS = ("device_id, device_type, manufacturer, model, firmware_version, hardware_version, smets_chts_version,"
                  " han_variant, csp_region, smi_status, smi_status_since, logistics_status, gpf_device_id,"
                  " notifying_party_id, delivered_to_party_id, delivery_date, created_at, updated_at, version,"
                  " responsible_supplier_id, esme_variant, associated_gpf_id, import_mpxn, secondary_import_mpan,"
                  " export_mpan, installed_at, commissioned_on")


def ch_lines(plan, chf, gpf, model, firmware, region, status_chf, status_gpf, since, logistics, party, delivered,
             created, updated, version, responsible, mpxn, installed, commissioned):
    maker, _, name, band, _, hardware = model
    common = (maker, name, firmware, hardware, "1.2", band, region)
    tail = (CSP_OF[region], party, delivered, created, updated, version, responsible, N, N, mpxn, N, N,
            installed)
    return (device_line((chf, "CHF") + common + (status_chf, since, logistics, gpf) + tail + (commissioned,))
            + device_line((gpf, "GPF") + common + (status_gpf, since, logistics, N) + tail
                          + (N if status_gpf in ("INSTALLED_NOT_COMMISSIONED", "PENDING") else commissioned,)))


def premises_block(plan, start, end):
    """The devices installed at premises [start, end)."""
    rng = random.Random(SEED * 31 + start)
    out = []
    for i in range(start, end):
        electricity, gas, distributor, region, esme = premises_shape(i)
        back = install_days_back(plan, i)
        minute = rng.randrange(780)
        installed = ts(plan, back, minute)
        day = plan.dates[back]
        ch_back = back + rng.randrange(14, 180)
        has_gas, has_ihd, has_ppmid = i % 5 != 0, i % 10 != 9, i % 8 == 3
        # The SMI status of the premises' devices: almost all Commissioned, a few in each other status.
        left = installed_and_left(i)
        rare = (i * 7919) % 10000
        chf_status = gpf_status = meter_status = "COMMISSIONED"
        ihd_status = "COMMISSIONED"
        if left:
            chf_status = gpf_status = meter_status = ihd_status = "INSTALLED_NOT_COMMISSIONED"
        elif rare < 30:  # gone: CH withdrawn, meters decommissioned
            chf_status = gpf_status = "WITHDRAWN"
            meter_status = ihd_status = "DECOMMISSIONED"
        elif rare < 50:
            meter_status = "SUSPENDED"
        elif rare < 55:
            meter_status = "RECOVERY"
        elif rare < 65:
            meter_status = "RECOVERED"
        elif rare < 85:
            ihd_status = "WHITELISTED"
        if not has_gas and gpf_status == "COMMISSIONED":
            gpf_status = "INSTALLED_NOT_COMMISSIONED"  # SR 8.14.1 leaves the GPF so until a gas meter joins
        since = ts(plan, back, minute + 20)
        # commissioned_on stays through later statuses (Device.moveTo sets it, nothing clears it)
        commissioned = N if chf_status == "INSTALLED_NOT_COMMISSIONED" else day
        model = CH_MODELS[region][0 if back > 900 else 1]
        versions = model[4]
        firmware = versions[-1] if rng.random() < 0.7 else versions[-2]
        chf = device_id(model[1], POP_PREMISES, "CH", 2 * i)
        gpf = chf + 1
        the_mpan = mpan(distributor, 1000000000 + i)
        out.append(ch_lines(plan, chf, gpf, model, firmware, region, chf_status, gpf_status, since, "DELIVERED",
                            electricity, plan.dates[ch_back], ts(plan, ch_back, minute), since, 3, electricity,
                            the_mpan, installed, commissioned))
        m_commissioned = N if meter_status == "INSTALLED_NOT_COMMISSIONED" else day
        maker, prefix, name, versions, smets = esme
        variant = ESME_VARIANTS[i % 100]
        out.append(device_line((
            device_id(prefix, POP_PREMISES, "ESME", i), "ESME", maker, name, versions[i % len(versions)], N, smets,
            N, N, meter_status, since, N, N, electricity, N, N, ts(plan, back + 20, minute), since,
            3, N, variant, N, the_mpan, mpan(distributor, 8000000000 + i) if variant == "B" else N,
            mpan(distributor, 6000000000 + i) if i % 25 == 3 else N, N, m_commissioned)))
        if has_gas:
            maker, prefix, name, versions, smets = METERS["GSME"][(i >> 3) % 4]
            out.append(device_line((
                device_id(prefix, POP_PREMISES, "GSME", i), "GSME", maker, name, versions[i % len(versions)], N,
                smets, N, N, meter_status, since, N, N, gas, N, N, ts(plan, back + 25, minute),
                since, 3, N, N, gpf, mprn(i), N, N, N, m_commissioned)))
        for kind, present in (("IHD", has_ihd), ("PPMID", has_ppmid)):
            if present:
                maker, prefix, name, versions, smets = METERS[kind][(i >> 5) % len(METERS[kind])]
                out.append(device_line((
                    device_id(prefix, POP_PREMISES, kind, i), kind, maker, name, versions[0], N, smets, N, N,
                    ihd_status, since, N, N, electricity, N, N, ts(plan, back + 20, minute), since, 3,
                    N, N, N, N, N, N, N,
                    N if ihd_status in ("INSTALLED_NOT_COMMISSIONED", "WHITELISTED") else day)))
    return "".join(out)


def stock_block(plan, reflash, pop, start, end):
    """CHs delivered to a party and not installed: Pending, in its stock unless away for re-flash or scrapped."""
    rng = random.Random(SEED * 37 + pop * 1000003 + start)
    out = []
    for j in range(start, end):
        q, party = stock_pallet(plan, pop, j)
        region, model, back, firmware = pallet_details(plan, pop, q)
        logistics, version = "DELIVERED", 1
        since = created = ts(plan, back, q % 600)
        updated = created
        request = reflash.request_of(pop, j)
        if request is not None:  # a re-flash CH: old firmware asked for; the new one once re-flashed
            status = reflash.item_status(request, region, j)
            firmware = model[4][0]
            if status in AWAY:
                logistics = "AWAY_FOR_REFLASH"
            elif status == "FAILED":
                logistics = "SCRAPPED"
            if status in NEW_FIRMWARE:
                firmware = model[4][-1]
            if status != "REQUESTED":
                version = 3
                updated = ts(plan, max(reflash.requests[request - 1][5] - 5, 0), rng.randrange(780))
        chf = device_id(model[1], pop, "CH", 2 * j)
        out.append(ch_lines(plan, chf, chf + 1, model, firmware, region, "PENDING", "PENDING", since, logistics,
                            party, plan.dates[back], created, updated, version, N, N, N, N))
    return "".join(out)


def returned_block(plan, pop, start, end):
    """CHs returned (SR 8.14.3/8.14.4): logistics status Returned; never installed, or installed and withdrawn."""
    rng = random.Random(SEED * 41 + pop * 1000003 + start)
    out = []
    for k in range(start, end):
        party, _, first, region, was_installed = returned_ch(plan, pop, k)
        back = returned_days_back(plan, pop, first)
        model = CH_MODELS[region][k % 2]
        firmware = model[4][rng.randrange(len(model[4]))]
        delivered = back + rng.randrange(30, 400)
        chf = device_id(model[1], pop, "CH", 2 * k)
        returned_at = ts(plan, back, rng.randrange(780))
        if was_installed:
            i = (k * 7919) % plan.premises  # it was at these premises, replaced since: SR 8.2 by MPxN finds both
            electricity, _, distributor, _, _ = premises_shape(i)
            status = "WITHDRAWN" if k % 10 < 7 else ("DECOMMISSIONED" if k % 10 < 9 else "COMMISSIONED")
            installed_back = back + rng.randrange(1, max(delivered - back, 2))
            installed = ts(plan, installed_back, 300)
            out.append(ch_lines(plan, chf, chf + 1, model, firmware, region, status, status,
                                ts(plan, back + 1, 400), "RETURNED", party, plan.dates[delivered],
                                ts(plan, delivered, 200), returned_at, 5, party,
                                mpan(distributor, 1000000000 + i), installed, plan.dates[installed_back]))
        else:
            created = ts(plan, delivered, 200)
            out.append(ch_lines(plan, chf, chf + 1, model, firmware, region, "PENDING", "PENDING", created,
                                "RETURNED", party, plan.dates[delivered], created, returned_at, 2, N, N,
                                N, N))
    return "".join(out)


PENDING_KINDS = ["ESME"] * 35 + ["GSME"] * 30 + ["IHD"] * 20 + ["PPMID"] * 10 + ["CAD"] * 3 + ["HCALCS"] * 2


def pending_block(plan, start, end):
    """Devices a supplier pre-notified (SR 12.2) and never installed. One in four has been Pending for more than a
    year (380 days to 3 years): what housekeeping deletes at its default P12M. The others, under 350 days."""
    rng = random.Random(SEED * 43 + start)
    out = []
    for j in range(start, end):
        kind = PENDING_KINDS[(j * 37) % 100]
        maker, prefix, name, versions, smets = METERS[kind][j % len(METERS[kind])]
        party = (GAS_BY_SLOT if kind == "GSME" else ELECTRICITY_BY_SLOT)[(j * 7919 >> 3) % 1000]
        back = 380 + rng.randrange(715) if j % 4 == 0 else 1 + rng.randrange(349)
        created = ts(plan, back, rng.randrange(780))
        out.append(device_line((
            device_id(prefix, POP_PENDING, kind, j), kind, maker, name, versions[-1], N, smets, N, N,
            "PENDING", created, N, N, party, N, N, created, created, 1, N,
            ESME_VARIANTS[j % 100] if kind == "ESME" else N, N, N, N, N, N, N)))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------- small tables

def party_rows(plan):
    stamp = ts(plan, plan.days, 0)
    rows = [(DSP_ID, "DCC service desk", N, N)]  # the product makes this row on first use (DspPartyRow)
    rows += [(pid, name, region, "noc@%s.example" % name.lower().replace(" ", "-")) for pid, name, region in CSPS]
    rows += [(pid, name, N, "ops@su%02d.example" % SUPPLIER_NO[pid]) for pid, name, _ in SERVICE_USERS]
    return ["%s\t%s\t%s\t%s\t\\N\t\\N\t%s\t%s\t0\n" % (pid, name, region, mail, stamp, stamp)
            for pid, name, region, mail in rows]


def party_role_rows(plan):
    rows = ["%s\tCSP\n" % pid for pid, _, _ in CSPS]
    rows += ["%s\t%s\n" % (pid, role) for pid, _, roles in SERVICE_USERS for role in roles]
    return rows


def firmware_rows(plan):
    return ["%d\t%s\t%s\t%s\t%s\tdcc.logistics\n" % (n, maker, model, latest, ts(plan, 400, n))
            for n, (maker, model, latest) in enumerate(CATALOGUE, start=1)]


def firmware_change_rows(plan):
    return ["%d\t%s\t%s\t\\N\t%s\t%s\tdcc.logistics\n" % (n, maker, model, latest, ts(plan, 400, n))
            for n, (maker, model, latest) in enumerate(CATALOGUE, start=1)]


def user_of(party):
    return "su%02d.ops" % SUPPLIER_NO[party]


RETURN_TYPES_PRIOR = "Fault identified prior to installation"
RETURN_TYPES_POST = "Fault identified post installation"
NO_FAULT = ["No Fault Return (general)", "No Fault Return (SM WAN variant replacement requested by DCC)",
            "No Fault Return (dual supplier HAN variant replacement)", "No Fault Return (non-dom opt out)",
            "Lost or Stolen Hub"]
FAULTS = ["SM WAN Fault", "SMHAN Interface Fault", "Damaged case", "Damaged Connector", "LED Fault", "Aerial fault",
          "Manufacturing defect", "Environmental conditions exceeded", "Illegal interference or missing seals"]
CONNECTIONS = ["Hot-shoe", "Cradle", "ESME"]


def returns_plan(plan):
    """Every returned CH as (k, pop, party, request, region, installed, days back), oldest request first: record IDs
    follow time, so the returns list's keyset (newest first by record ID) is newest first in time too."""
    lines = []
    for pop, total in ((POP_BIG_RETURNED, plan.big_returned), (POP_RETURNED, plan.returned)):
        for k in range(total):
            party, request, first, region, installed = returned_ch(plan, pop, k)
            lines.append((k, pop, party, request, region, installed, returned_days_back(plan, pop, first)))
    lines.sort(key=lambda line: (-line[6], line[1], line[2], line[3], line[0]))
    return lines


def returns_tables(plan):
    """returns_record, csp_return_notification and duis_originator_counter, from one pass over the returned CHs."""
    records, notices, counters = [], {}, {}
    as_of_minutes = (plan.as_of - datetime.date(1970, 1, 1)).days * 1440
    for record_id, (k, pop, party, request, region, installed, back) in enumerate(returns_plan(plan), start=1):
        minute = (request * 37) % 780
        opened = ts(plan, back, minute)
        # The RequestID counter is the request's time in milliseconds, as DCC Boxed's signer makes it.
        counter = (as_of_minutes - back * 1440 + 7 * 60 + minute % 780) * 60000 + request % 997
        request_id = "%s:%s:%d" % (party, DSP_ID, counter)
        counters[party] = max(counters.get(party, 0), counter)
        h = (k * 0x9E3779B1 + pop) >> 4
        if installed:
            variant = "8.14.3" if h % 3 else "8.14.4"
            return_type = RETURN_TYPES_POST if variant == "8.14.3" else NO_FAULT[h % 5]
        else:
            big_swap = pop == POP_BIG_RETURNED and h % 5
            variant = "8.14.4" if big_swap else "8.14.3"
            return_type = NO_FAULT[1 if request % 2 else 0] if big_swap else RETURN_TYPES_PRIOR
        fault = FAULTS[h % 9] if variant == "8.14.3" else None
        connection = CONNECTIONS[h % 3] if variant == "8.14.3" else None
        due = plan.dates[back - 90] if back > 90 else (plan.as_of + datetime.timedelta(days=90 - back)).isoformat()
        # Older records are closed; a few were never received and are overdue (due_on passed, not closed).
        roll = h % 100
        if back > 120:
            status = "CLOSED" if roll >= 2 else ("OPEN" if roll == 0 else "RECEIVED")
        elif back > 90:
            status = ("OPEN", "RECEIVED", "CLOSED", "CLOSED")[roll % 4]
        else:
            status = "OPEN" if back < 20 or roll < 50 else ("RECEIVED" if roll < 85 else "CLOSED")
        csp_user = "csp-%s.stores" % region.lower()
        received = ts(plan, max(back - 20, 0), minute + 60) if status != "OPEN" else N
        closed = ts(plan, max(back - 45, 0), minute + 90) if status == "CLOSED" else N
        model = CH_MODELS[region][k % 2]
        chf = device_id(model[1], pop, "CH", 2 * k)
        records.append("\t".join((
            str(record_id), request_id, str(chf), str(chf + 1), party, variant, return_type, fault or N,
            connection or N, N, "R%07d" % (record_id % 10000000), N, region, status, opened, due,
            received, csp_user if status != "OPEN" else N, closed, csp_user if status == "CLOSED" else N)) + "\n")
        notice = notices.setdefault((request_id, region), [0, opened, party])
        notice[0] += 1
    notice_rows = ["%s\t%s\t%d\t%s\tSENT\t%s\t\\N\t%s\n" % (request_id, CSP_OF[region], n, opened, opened,
                                                           "noc@csp-%s.example" % region.lower())
                   for (request_id, region), (n, opened, _) in notices.items()]
    counter_rows = ["%s\t%d\t%s\n" % (party, counter, ts(plan, 1, 0)) for party, counter in sorted(counters.items())]
    return records, notice_rows, counter_rows


def working_days_after(day, n):
    """`n` working days after `day`, Monday to Friday (the product also skips bank holidays; a few days' slack)."""
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def incident_tables(plan):
    """'Request for Install Code' incidents about install-and-leave electricity meters: raised by a gaining supplier,
    assigned to the one that installed. Most closed; recent ones open or answered; some open past their due date."""
    incidents, events = [], []
    total = plan.incidents
    event_id = 0
    for n in range(total):
        incident_id = n + 1
        i = 100 * n + 37  # the n-th installed-and-left premises
        electricity, _, _, _, esme = premises_shape(i)
        device = device_id(esme[1], POP_PREMISES, "ESME", i)
        others = [p for p in ELECTRICITY if p != electricity]
        raiser = others[(n * 7) % len(others)]
        back = 1 + (total - 1 - n) * 729 // max(total, 1)
        raised_day = plan.as_of - datetime.timedelta(days=back)
        due = working_days_after(raised_day, 5)
        raised = ts(plan, back, (n * 13) % 780)
        roll = (n * 0x9E3779B1 >> 6) % 100
        if back <= 14:
            status = "OPEN" if roll < 60 else ("ANSWERED" if roll < 85 else "CLOSED")
        else:
            status = "OPEN" if roll < 3 else ("ANSWERED" if roll < 4 else "CLOSED")
        answered = status == "ANSWERED" or (status == "CLOSED" and roll % 10 < 8)
        answer_back = max(back - 3, 0)
        answered_at = ts(plan, answer_back, 400) if answered else N
        closed_at = ts(plan, max(back - 4, 0), 500) if status == "CLOSED" else N
        resolution = ("Install code given and used" if answered else "Closed by DCC: meter exchanged") \
            if status == "CLOSED" else N
        overdue = status == "OPEN" and due < plan.as_of
        reminded = due.isoformat() if status == "OPEN" and due <= plan.as_of else N
        # The hourly deadline job has reported the older overdue ones; those due in the last two days it has not yet.
        reported = (due + datetime.timedelta(days=1)).isoformat() \
            if overdue and (plan.as_of - due).days > 2 else N
        incidents.append("\t".join((
            str(incident_id), str(device), raiser, user_of(raiser), electricity, status, raised, due.isoformat(),
            N, answered_at, closed_at, resolution, reminded, reported, "1")) + "\n")
        steps = [(raised, user_of(raiser), raiser, "RAISED", "Request for Install Code, device " + eui(device))]
        if answered:
            steps.append((answered_at, user_of(electricity), electricity, "INSTALL_CODE_GIVEN", N))
        if reported != N:
            steps.append((ts(plan, (plan.as_of - due).days - 1, 60), N, N, "OVERDUE", "not answered by " + due.isoformat()))
        if status == "CLOSED":
            steps.append((closed_at, user_of(raiser), raiser, "CLOSED", resolution))
        for at, user, party, kind, text in steps:
            event_id += 1
            events.append("\t".join((str(event_id), str(incident_id), at, user or N, party or N, kind, text)) + "\n")
    return incidents, events


def reflash_tables(plan, reflash):
    """Requests, work orders, items, charges, history and forecasts, from the same plan as the stock CHs."""
    requests, orders, items, charges, events, forecasts = [], [], [], [], [], []
    counters = {"order": 0, "item": 0, "charge": 0, "event": 0}

    def event(request_id, order_id, device, back, user, party, step, text=N):
        counters["event"] += 1
        events.append("\t".join((str(counters["event"]), str(request_id), str(order_id) if order_id else N,
                                 str(device) if device is not None else N, ts(plan, back, 300 + counters["event"] % 400),
                                 user, party, step, text)) + "\n")

    for request_id, (pop, first, end, party, status, back) in enumerate(reflash.requests, start=1):
        decided = status != "REQUESTED"
        user = user_of(party)
        decided_back = max(back - 3, 0)
        requests.append("\t".join((
            str(request_id), party, status, "Unit %d, Stores Park, Leeds LS%d 1AB" % (SUPPLIER_NO[party], request_id % 28 + 1),
            "Stores Manager %02d" % SUPPLIER_NO[party], "0113 496 %04d" % (request_id % 10000),
            "stores@su%02d.example" % SUPPLIER_NO[party], plan.dates[max(back - 30, 0)] if back > 30
            else (plan.as_of + datetime.timedelta(days=30 - back)).isoformat(),
            ts(plan, back, 120), user, ts(plan, decided_back, 200) if decided else N,
            "dcc.logistics" if decided else N,
            "CHs not in their original packaging" if status == "REJECTED" else N, "1")) + "\n")
        event(request_id, None, None, back, user, party, "REQUESTED")
        if decided:
            event(request_id, None, None, decided_back, "dcc.logistics", DSP_ID,
                  "REJECTED" if status == "REJECTED" else "ACCEPTED")
        order_of = {}
        for j in range(first, end):
            q, _ = stock_pallet(plan, pop, j)
            region, model, _, _ = pallet_details(plan, pop, q)
            item_status = reflash.item_status(request_id, region, j)
            order_id = None
            if status in ("ACCEPTED", "COMPLETED"):
                if region not in order_of:
                    counters["order"] += 1
                    order_of[region] = counters["order"]
                    order_status = reflash.work_order_status(request_id, region)
                    out_back, in_back = max(decided_back - 20, 0), max(decided_back - 25, 0)
                    dispatched = order_status in ("DISPATCHED", "DELIVERED")
                    delivered = order_status == "DELIVERED"
                    csp_user = "csp-%s.reflash" % region.lower()
                    orders.append("\t".join((
                        str(counters["order"]), str(request_id), CSP_OF[region], region, order_status,
                        ts(plan, decided_back, 210), ts(plan, out_back, 100) if dispatched else N,
                        csp_user if dispatched else N, ts(plan, in_back, 100) if delivered else N,
                        csp_user if delivered else N, "1")) + "\n")
                    event(request_id, counters["order"], None, decided_back, "dcc.logistics", DSP_ID,
                          "WORK_ORDER_CREATED", "to " + CSP_OF[region])
                    if dispatched:
                        event(request_id, counters["order"], None, out_back, csp_user, CSP_OF[region], "DISPATCHED")
                    if delivered:
                        event(request_id, counters["order"], None, in_back, csp_user, CSP_OF[region], "DELIVERED")
                order_id = order_of[region]
            chf = device_id(model[1], pop, "CH", 2 * j)
            before, latest = model[4][0], model[4][-1]
            new = item_status in NEW_FIRMWARE
            reason = {"REFUSED": "not in its original sealed packaging", "FAILED": "re-flash failed: scrapped",
                      "NOT_AUTHORISED": "request rejected"}.get(item_status, N)
            counters["item"] += 1
            items.append("\t".join((
                str(counters["item"]), str(request_id), str(chf), item_status, str(order_id) if order_id else N,
                region if order_id else N, model[2], before, latest if new else N,
                ("N3" if j % 4 else "UPLOAD") if new else N, reason,
                ts(plan, decided_back if decided else back, 600), "dcc.logistics" if decided else user, "1")) + "\n")
            if new:  # charged when re-flashed successfully, at the rate in force (dsp.reflash.charge)
                counters["charge"] += 1
                charged_back = max(decided_back - 15, 0)
                month = plan.dates[charged_back][:8] + "01"
                charges.append("%d\t%d\t%d\t%s\t%s\t7.60\t%s\n" % (
                    counters["charge"], request_id, chf, party, month, ts(plan, charged_back, 30)))
        if status == "COMPLETED":
            event(request_id, None, None, max(decided_back - 26, 0), "dcc.logistics", DSP_ID, "COMPLETED")
    # Forecasts: the six months ahead, for every party that has asked for a re-flash.
    month = plan.as_of.replace(day=1)
    for party in sorted({r[3] for r in reflash.requests}):
        for ahead in range(1, 7):
            m = (month.month - 1 + ahead)
            first = datetime.date(month.year + m // 12, m % 12 + 1, 1)
            forecasts.append("%s\t%s\t%d\t%s\t%s\n" % (party, first.isoformat(), 40 * ahead, ts(plan, 20, 0),
                                                       user_of(party)))
    return requests, orders, items, charges, events, forecasts


# ---------------------------------------------------------------------------------------------------- tables

def device_tasks(plan):
    """The device table as blocks of work, in the order written (premises first, by installation date)."""
    tasks = []
    for start in range(0, plan.premises, 20000):
        tasks.append(("premises", POP_PREMISES, start, min(start + 20000, plan.premises)))
    for pop, total in ((POP_BIG_STOCK, plan.big_stock), (POP_STOCK, plan.stock)):
        for start in range(0, total, 50000):
            tasks.append(("stock", pop, start, min(start + 50000, total)))
    for pop, total in ((POP_BIG_RETURNED, plan.big_returned), (POP_RETURNED, plan.returned)):
        for start in range(0, total, 50000):
            tasks.append(("returned", pop, start, min(start + 50000, total)))
    for start in range(0, plan.pending, 100000):
        tasks.append(("pending", POP_PENDING, start, min(start + 100000, plan.pending)))
    return tasks


_PLAN = None
_REFLASH = None


def run_task(task):
    kind, pop, start, end = task
    if kind == "premises":
        text = premises_block(_PLAN, start, end)
    elif kind == "stock":
        text = stock_block(_PLAN, _REFLASH, pop, start, end)
    elif kind == "returned":
        text = returned_block(_PLAN, pop, start, end)
    else:
        text = pending_block(_PLAN, start, end)
    return text.encode()


def write_devices(out, jobs):
    """The blocks are made by `jobs` processes and written in order; at most two per process wait to be written,
    so a COPY slower than the generator holds the generator back instead of filling the memory."""
    tasks = device_tasks(_PLAN)
    if jobs <= 1:
        for task in tasks:
            out.write(run_task(task))
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        waiting = deque()
        for task in tasks:
            waiting.append(pool.apply_async(run_task, (task,)))
            if len(waiting) >= 2 * jobs:
                out.write(waiting.popleft().get())
        while waiting:
            out.write(waiting.popleft().get())


def small_table(plan, name):
    if name == "party":
        return party_rows(plan)
    if name == "party_role":
        return party_role_rows(plan)
    if name == "firmware_release":
        return firmware_rows(plan)
    if name == "firmware_release_change":
        return firmware_change_rows(plan)
    if name in ("returns_record", "csp_return_notification", "duis_originator_counter"):
        return dict(zip(("returns_record", "csp_return_notification", "duis_originator_counter"),
                        returns_tables(plan)))[name]
    if name in ("incident", "incident_event"):
        return dict(zip(("incident", "incident_event"), incident_tables(plan)))[name]
    names = ("reflash_request", "work_order", "reflash_item", "reflash_charge", "reflash_event", "reflash_forecast")
    if name in names:
        return dict(zip(names, reflash_tables(plan, Reflash(plan))))[name]
    raise SystemExit("no such table: " + name)


# The columns each table is loaded with, in the order the rows give them.
COLUMNS = {
    "party": "party_id, name, csp_region, email, alert_endpoint, password_hash, created_at, updated_at, version",
    "party_role": "party_id, role",
    "firmware_release": "release_id, manufacturer, model, latest_version, set_at, set_by",
    "firmware_release_change": "change_id, manufacturer, model, previous_version, latest_version, changed_at,"
                               " changed_by",
    "device": DEVICE_COLUMNS,
    "returns_record": "record_id, request_id, device_id, gpf_device_id, returning_party_id, service_reference_variant,"
                      " return_type, fault_reason, connection_method, incident_reference, user_ref_id,"
                      " additional_information, csp_region, status, opened_at, due_on, received_at, received_by,"
                      " closed_at, closed_by",
    "csp_return_notification": "request_id, csp_party_id, device_count, sent_at, status, queued_at, failure, email",
    "duis_originator_counter": "originator_id, last_counter, updated_at",
    "incident": "incident_id, device_id, raised_by_party_id, raised_by_user, assignee_party_id, status, raised_at,"
                " due_on, sealed_install_code, answered_at, closed_at, resolution, reminded_on, overdue_reported_on,"
                " version",
    "incident_event": "event_id, incident_id, at, username, party_id, kind, text",
    "reflash_request": "request_id, party_id, status, address, contact_name, contact_phone, contact_email, wanted_on,"
                       " requested_at, requested_by, decided_at, decided_by, decision_reason, version",
    "work_order": "work_order_id, request_id, csp_party_id, csp_region, status, created_at, dispatched_at,"
                  " dispatched_by, delivered_at, delivered_by, version",
    "reflash_item": "item_id, request_id, device_id, status, work_order_id, csp_region, model, firmware_before,"
                    " firmware_after, firmware_source, reason, updated_at, updated_by, version",
    "reflash_charge": "charge_id, request_id, device_id, party_id, month, amount, charged_at",
    "reflash_event": "event_id, request_id, work_order_id, device_id, at, username, party_id, step, text",
    "reflash_forecast": "party_id, month, volume, given_at, given_by",
}


def print_plan(plan):
    line = "{:<58} {:>14,}".format
    print(line("devices", plan.devices))
    for name, value in plan.device_counts().items():
        print(line(name, value))
    reflash = Reflash(plan)
    requests, orders, items, charges, events, forecasts = reflash_tables(plan, reflash)
    records, notices, _ = returns_tables(plan)
    incidents, incident_events = incident_tables(plan)
    for name, rows in (("returns_record", records), ("  of Supplier 01", [r for r in records if BIG in r]),
                       ("csp_return_notification", notices), ("incident", incidents),
                       ("incident_event", incident_events), ("reflash_request", requests),
                       ("work_order", orders), ("reflash_item", items), ("reflash_charge", charges),
                       ("reflash_event", events), ("reflash_forecast", forecasts)):
        print(line(name, len(rows)))


def main():
    global _PLAN, _REFLASH
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["plan", "copy", "columns"])
    parser.add_argument("table", nargs="?")
    parser.add_argument("--devices", type=int, required=True)
    parser.add_argument("--as-of", type=datetime.date.fromisoformat, default=datetime.date.today())
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    _PLAN = Plan(args.devices, args.as_of)
    if args.what == "plan":
        print_plan(_PLAN)
    elif args.what == "columns":
        print(COLUMNS[args.table])
    elif args.table == "device":
        _REFLASH = Reflash(_PLAN)
        write_devices(sys.stdout.buffer, args.jobs)
    else:
        sys.stdout.writelines(small_table(_PLAN, args.table))


if __name__ == "__main__":
    main()
