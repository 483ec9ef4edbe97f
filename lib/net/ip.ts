// IP literals as they arrive in headers: validated, never trusted for their format alone.
const IPV4_PATTERN = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv4(value: string): boolean {
  return IPV4_PATTERN.test(value);
}

// The WHATWG URL parser accepts exactly the valid IPv6 literals between brackets, in every runtime.
function isIpv6(value: string): boolean {
  if (!value.includes(':') || !/^[0-9a-fA-F:.]+$/.test(value)) return false;
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** An IP literal, also when a proxy appended a port ("1.2.3.4:5678", "[2001:db8::1]:443"); otherwise undefined. */
export function parseIpLiteral(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (isIpv4(value) || isIpv6(value)) return value;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed?.[1] && isIpv6(bracketed[1])) return bracketed[1];
  const withPort = /^([\d.]+):\d{1,5}$/.exec(value);
  if (withPort?.[1] && isIpv4(withPort[1])) return withPort[1];
  return undefined;
}

/** Like parseIpLiteral, with an IPv4-mapped IPv6 address ("::ffff:192.0.2.1", how Node shows IPv4 peers) as IPv4. */
export function normalizeIp(raw: string | null | undefined): string | undefined {
  const ip = parseIpLiteral(raw);
  const mapped = ip && /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  return mapped && isIpv4(mapped) ? mapped : ip;
}
