package org.dangjian.kit.web.trace;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** A list of IP addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code ::1}), and whether an address is in one. */
public final class AddressRanges {
    private record Range(byte[] base, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (base[full] & mask);
        }
    }

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Fails with the setting's name and the bad entry, so a typo stops the service at start. */
    public static AddressRanges parse(String setting, List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            String value = entry.trim();
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("/", 2);
            try {
                if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                    throw new IllegalArgumentException("not an IP literal");
                }
                byte[] base = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : base.length * 8;
                if (prefix < 0 || prefix > base.length * 8) {
                    throw new IllegalArgumentException("prefix out of range");
                }
                ranges.add(new Range(base, prefix));
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new IllegalArgumentException(setting + ": '" + value
                        + "' is not an IP address or CIDR range (such as 10.0.0.0/8)", e);
            }
        }
        return new AddressRanges(List.copyOf(ranges));
    }

    /** Whether {@code address} (an IP literal, as a servlet's remote address is) lies in one of the ranges. */
    public boolean contains(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return ranges.stream().anyMatch(range -> range.contains(bytes));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
