"""Every HTTP call the service makes to another host: tracker API calls and token checks.

The rules, so a workspace admin's `base_url` cannot reach inside the network:
- https only, unless the operator allows the host (`STRATALIGN_OUTBOUND_ALLOW`);
- every address the host resolves to must be public (not loopback, private, link-local (the
  cloud metadata address), multicast, reserved, shared or unspecified), unless it lies in a
  network the operator allows or the host is named there; checked after resolution on every
  request, and the connection goes to the address that was checked (TLS still verifies the
  name), so DNS answers that change between check and connect, and redirects, cannot steer it;
- redirects are never followed (a 3xx is an error), no proxy from the environment is used;
- no credentials in URLs;
- errors name the service, the call, the host and the status: never a response body.

OutboundRefusedError (a TrackerCallError: 502, or 422 on `base_url` when connecting) is raised
before any connection is made.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from api.errors import TrackerCallError, TrackerNotFoundError

__all__ = [
    "GuardedTransport",
    "OutboundPolicy",
    "OutboundRefusedError",
    "TrackerCallError",
    "TrackerNotFoundError",
    "UnresolvedHostError",
    "call",
    "check_url_form",
    "outbound_client",
    "reply_field",
]

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]


class OutboundRefusedError(TrackerCallError):
    """The outbound rules refused a URL before any connection was made."""


class UnresolvedHostError(OutboundRefusedError):
    """The host has no address (yet): nothing to check, nothing called."""


def check_url_form(url: str) -> httpx.URL:
    """An absolute http(s) URL with a host and nothing that smuggles: no credentials, control
    characters, query or fragment; ValueError saying which."""
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        raise ValueError("must not contain spaces or control characters")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"is not a valid URL ({exc})") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise ValueError("must be an https:// URL with a host")
    if parsed.userinfo:
        raise ValueError("must not carry credentials; send the token in `token`")
    if parsed.query or parsed.fragment or "?" in url or "#" in url:
        raise ValueError("must not have a query or a fragment")
    return parsed


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (the system resolver, TCP)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _blocked(address: Address) -> str | None:
    """Why an address is off limits, or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return _blocked(address.ipv4_mapped)
    for reason, hit in (
        ("loopback", address.is_loopback),
        ("link-local (cloud metadata)", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    ):
        if hit:
            return reason
    return None if address.is_global else "not public"


@dataclass(frozen=True)
class OutboundPolicy:
    """Which hosts may be called; `allow` entries are host names or networks (CIDR or IP)."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()
    resolver: Resolver = field(default=resolve, compare=False)

    @classmethod
    def of(cls, allow: Iterable[str], resolver: Resolver = resolve) -> OutboundPolicy:
        """The policy of an operator's allow list; ValueError on an entry that is neither."""
        hosts: set[str] = set()
        networks: list[Network] = []
        for entry in (e.strip() for e in allow):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(_host_name(entry))
        return cls(frozenset(hosts), tuple(networks), resolver)

    def check_url(self, url: httpx.URL) -> None:
        """Refuse a URL by its form alone: scheme and credentials."""
        host = _host_name(url.host)
        if url.userinfo:
            raise OutboundRefusedError(f"{host}: credentials in a URL are refused")
        if url.scheme not in ("https", "http") or not host:
            raise OutboundRefusedError(f"'{url.scheme}://{host}' is not an https URL")

    def address_for(self, host: str, port: int, plain_http: bool = False) -> str:
        """The checked address to connect to: every address of the host must pass, and plain
        http needs the host named by the operator or all its addresses in allowed networks."""
        name = _host_name(host)
        try:
            addresses = self.resolver(name, port)
        except (OSError, UnicodeError):
            raise UnresolvedHostError(f"{name} does not resolve") from None
        if not addresses:
            raise UnresolvedHostError(f"{name} does not resolve")
        parsed = [ipaddress.ip_address(text.split("%")[0]) for text in addresses]
        for address in parsed:
            self.check_address(name, address)
        if plain_http and not self._named(name) and not all(map(self._in_networks, parsed)):
            raise OutboundRefusedError(
                f"{name}: plain http is refused; use https (an operator may allow a host "
                "with STRATALIGN_OUTBOUND_ALLOW)"
            )
        return addresses[0]

    def check_address(self, host: str, address: Address) -> None:
        """Refuse a non-public address unless the operator allows the host or the network."""
        reason = _blocked(address)
        if reason is None or self._named(host) or self._in_networks(address):
            return
        raise OutboundRefusedError(
            f"{host} resolves to a {reason} address ({address}); only public addresses are "
            "called (an operator may allow a host or network with STRATALIGN_OUTBOUND_ALLOW)"
        )

    def _named(self, host: str) -> bool:
        return host in self.hosts

    def _in_networks(self, address: Address) -> bool:
        return any(address in network for network in self.networks)


def _host_name(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


class GuardedTransport(httpx.BaseTransport):
    """Checks each request against the policy and connects to the address it checked."""

    def __init__(self, policy: OutboundPolicy, inner: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        # SSL_CERT_FILE still names an operator's CA bundle; proxies are the client's, and off.
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        self.policy.check_url(url)
        port = url.port or (443 if url.scheme == "https" else 80)
        address = self.policy.address_for(url.host, port, plain_http=url.scheme == "http")
        # The Host header keeps the name; TLS verifies the certificate against it (SNI).
        request.url = url.copy_with(host=address)
        if url.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": url.host}
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def outbound_client(policy: OutboundPolicy, timeout: float) -> httpx.Client:
    """The one kind of HTTP client the service calls out with."""
    return httpx.Client(
        transport=GuardedTransport(policy), timeout=timeout, follow_redirects=False,
        trust_env=False,
    )


def call(
    http: httpx.Client, service: str, method: str, url: str, **kwargs: Any
) -> httpx.Response:
    """One call; TrackerCallError (TrackerNotFoundError on 404, OutboundRefusedError when
    the rules refuse it) unless it answers 2xx. Messages never carry a body or a token."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise OutboundRefusedError(f"{service}: the stored base_url is not a valid URL") from None
    what = f"{service} {method} {parsed.host}{parsed.path}"
    try:
        response = http.request(method, parsed, **kwargs)
    except OutboundRefusedError as exc:
        raise OutboundRefusedError(f"{service} {method} refused: {exc.message}") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise TrackerCallError(f"{what} failed: {type(exc).__name__}") from None
    status = response.status_code
    if status == 404:
        raise TrackerNotFoundError(f"{what} answered 404", 404)
    if response.is_redirect or 300 <= status < 400:
        raise TrackerCallError(f"{what} answered {status}; redirects are not followed", status)
    if not response.is_success:
        raise TrackerCallError(f"{what} answered {status}", status)
    return response


def reply_field(response: httpx.Response, service: str, *path: str) -> Any:
    """A value deep in a JSON answer; TrackerCallError (502) naming what was missing when
    the answer is not JSON or lacks it, e.g. reply_field(r, "jira", "accountId")."""
    where = f"{service} {response.request.method} {response.request.url.path}"
    try:
        value: Any = response.json()
    except ValueError:
        raise TrackerCallError(f"{where} answered {response.status_code} without JSON") from None
    for key in path:
        if not isinstance(value, dict) or value.get(key) is None:
            raise TrackerCallError(
                f"{where} answered {response.status_code} without '{'.'.join(path)}'; "
                "is base_url this tracker's API?"
            )
        value = value[key]
    return value
