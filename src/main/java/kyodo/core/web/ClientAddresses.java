package kyodo.core.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The client's address for the login throttle and the audit log. {@code X-Forwarded-For} is read only
 * when the connection comes from a proxy named in {@code KYODO_TRUSTED_PROXIES} (addresses or CIDR
 * ranges, comma separated; none by default): then the right-most address not itself a trusted proxy
 * is the client. Anyone else's header is ignored, so it can neither dodge nor aim the throttle.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddresses implements HttpClientAddressResolver {

    /** One trusted network. */
    record Range(byte[] network, int bits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((a[full] ^ network[full]) & (0xFF << (8 - rest))) == 0;
        }
    }

    private final List<Range> trusted;

    ClientAddresses(@Value("${kyodo.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ClientAddresses::range).toList();
    }

    static Range range(String text) {
        String[] parts = text.split("/");
        InetAddress address = parse(parts[0]);
        if (address == null) {
            throw new IllegalArgumentException("KYODO_TRUSTED_PROXIES: not an address: " + text);
        }
        int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : address.getAddress().length * 8;
        return new Range(address.getAddress(), bits);
    }

    /** Only literal addresses: a name is never looked up. */
    static InetAddress parse(String literal) {
        String s = literal.strip();
        if (!s.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    @Nullable
    @SuppressWarnings("rawtypes")
    public String resolve(@NonNull HttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote.getAddress();
        if (peer == null) {
            return remote.getHostString();
        }
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
        String[] hops = String.join(",", forwarded).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = parse(hops[i]);
            if (hop == null) {
                break;
            }
            if (!isTrusted(hop)) {
                return hop.getHostAddress();
            }
        }
        return peer.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }
}
