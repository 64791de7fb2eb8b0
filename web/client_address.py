"""Whose address a request comes from: the audit log records it and the log-in waits count by it,
so a header anyone can write must not choose it."""

import ipaddress
from collections.abc import Sequence


def trusted_proxy(address: str, proxies: Sequence[str]) -> bool:
    """Whether an address is one of the configured proxies (an address, a network such as
    10.0.0.0/8, or a name the server sees, such as a Unix socket's)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address in proxies
    for proxy in proxies:
        try:
            if ip in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


def client_address_of(peer: str, forwarded_for: str, proxies: Sequence[str]) -> str:
    """The client's address: the connection's peer, unless that peer is a trusted proxy; then the
    nearest address in X-Forwarded-For that is not itself a trusted proxy.

    Read from the right: each proxy appends the address it heard from, so only the entries added by
    our own proxies can be believed; anything further left was written by the client.
    """
    if not proxies or not trusted_proxy(peer, proxies):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not trusted_proxy(hop, proxies):
            return hop[:64]
    return hops[0][:64] if hops else peer
