package org.maydan.ingest;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.maydan.system.BadRequestException;

/**
 * An article's address in RFC 3986 form. News sites publish addresses that are not strictly valid:
 * Arabic letters, spaces or a {@code "} in the path. Instead of refusing those, every character
 * RFC 3986 does not allow where it stands is percent-encoded as UTF-8 (an existing {@code %XX}
 * stays), and an internationalised host becomes its ASCII (punycode) form. The address as sent is
 * kept for display.
 *
 * @param url the RFC 3986 form: what articles are stored and deduplicated by, and what links use
 * @param sent the address as the client sent it, stripped
 */
record ArticleAddress(String url, String sent) {

    private static final String SCHEME_END = "://";
    private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=";
    private static final String PATH_EXTRA = ":@/";
    private static final String QUERY_EXTRA = PATH_EXTRA + "?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The address {@code sent} names.
     *
     * @throws BadRequestException if it is not an absolute http(s) address with a host
     */
    static ArticleAddress of(String sent) {
        String address = sent.strip();
        int schemeEnd = address.indexOf(SCHEME_END);
        String scheme = schemeEnd < 0 ? "" : address.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            throw notHttp(address);
        }
        int authorityStart = schemeEnd + SCHEME_END.length();
        int authorityEnd = indexOfAny(address, "/?#", authorityStart);
        int queryStart = address.indexOf('?', authorityEnd);
        int fragmentStart = address.indexOf('#', authorityEnd);
        if (queryStart > fragmentStart && fragmentStart >= 0) {
            queryStart = -1;
        }
        int pathEnd = queryStart >= 0 ? queryStart : fragmentStart >= 0 ? fragmentStart : address.length();
        StringBuilder url = new StringBuilder(address.length() + 16).append(scheme).append(SCHEME_END);
        url.append(authority(address.substring(authorityStart, authorityEnd), address));
        encode(address.substring(authorityEnd, pathEnd), PATH_EXTRA, url);
        if (queryStart >= 0) {
            url.append('?');
            encode(address.substring(queryStart + 1, fragmentStart >= 0 ? fragmentStart : address.length()),
                    QUERY_EXTRA, url);
        }
        if (fragmentStart >= 0) {
            url.append('#');
            encode(address.substring(fragmentStart + 1), QUERY_EXTRA, url);
        }
        try {
            URI uri = new URI(url.toString());
            if (uri.getHost() == null) {
                throw notHttp(address);
            }
        } catch (URISyntaxException e) {
            throw new BadRequestException(ArticleInput.URL, "'" + address + "' is not an address: " + e.getReason());
        }
        return new ArticleAddress(url.toString(), address);
    }

    /** The host in ASCII, with any user information and port; the case of the host is folded. */
    private static String authority(String authority, String address) {
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        if (host.isEmpty()) {
            throw notHttp(address);
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ArticleInput.URL, "'" + address + "' has no valid host: " + e.getMessage());
        }
        StringBuilder encodedUser = new StringBuilder();
        encode(userInfo, ":@", encodedUser);
        return encodedUser + host + port;
    }

    /** Appends {@code part} with every character outside the allowed ones percent-encoded. */
    private static void encode(String part, String allowedExtra, StringBuilder out) {
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            if (cp < 0x80 && allowed((char) cp, allowedExtra) || cp == '%' && hexPair(part, i + 1)) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean allowed(char c, String extra) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || UNRESERVED_AND_SUB_DELIMS.indexOf(c) >= 0 || extra.indexOf(c) >= 0;
    }

    private static boolean hexPair(String s, int at) {
        return at + 1 < s.length() && Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static BadRequestException notHttp(String address) {
        return new BadRequestException(ArticleInput.URL, "'" + address + "' is not an absolute http(s) address");
    }
}
