package org.dangjian.gateway.client;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.gateway.trusted-proxies} (env DJ_TRUSTED_PROXIES): the addresses or CIDR ranges of the load balancers and
 * ingress controllers in front of the gateway. Only a request that arrives from one of them has its
 * {@code X-Forwarded-For} read; none by default, so a client's own header is never believed.
 */
@ConfigurationProperties("dj.gateway")
public record TrustedProxies(@DefaultValue List<String> trustedProxies) {

    public TrustedProxies {
        trustedProxies = trustedProxies.stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
        rules(trustedProxies); // fail at start on a typo, not on the first request
    }

    /** Whether a request arriving from {@code address} may tell who its client was. */
    public boolean trusts(InetAddress address) {
        if (address == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return rules(trustedProxies).stream().anyMatch(rule -> rule.matches(socket));
    }

    private static List<IpSubnetFilterRule> rules(List<String> ranges) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String range : ranges) {
            String[] parts = range.trim().split("/", 2);
            try {
                InetAddress base = InetAddress.getByName(parts[0]);
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : base.getAddress().length * 8;
                rules.add(new IpSubnetFilterRule(base, prefix, IpFilterRuleType.ACCEPT));
            } catch (UnknownHostException | RuntimeException e) {
                throw new IllegalArgumentException("dj.gateway.trusted-proxies: '" + range
                        + "' is not an IP address or CIDR range (such as 10.0.0.0/8)", e);
            }
        }
        return rules;
    }
}
