"""The outbound rules (api/outbound.py) on their own: addresses, URL forms, per-request
resolution pinned to the checked address, redirects, and errors that never echo a body.

Resolution is passed in, so DNS answers (and DNS answers that change) are scripted; the calls
that do connect go to the loopback stand-in, which the policy allows by network.
"""

from __future__ import annotations

import datetime
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from api.outbound import (
    GuardedTransport,
    OutboundPolicy,
    OutboundRefusedError,
    TrackerCallError,
    call,
    check_url_form,
    outbound_client,
    reply_field,
)
from tests.tracker_standin import TrackerStandIn

BLOCKED = [
    "127.0.0.1", "127.8.9.10", "::1", "10.0.0.1", "172.16.5.4", "192.168.1.1",
    "169.254.169.254", "fe80::1", "fd00:ec2::254", "224.0.0.1", "ff02::1", "0.0.0.0",
    "100.64.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "240.0.0.1",
]


@pytest.fixture(scope="module")
def standin() -> Iterator[TrackerStandIn]:
    with TrackerStandIn() as server:
        yield server


@pytest.fixture(autouse=True)
def fresh(standin: TrackerStandIn) -> None:
    standin.reset()


def scripted(*answers: list[str]) -> tuple[OutboundPolicy, list[str]]:
    """A policy allowing only 127.0.0.1/32, whose resolver gives `answers` in turn."""
    asked: list[str] = []
    queue = list(answers)

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return OutboundPolicy.of(["127.0.0.1/32"], resolver), asked


@pytest.mark.parametrize("address", BLOCKED)
def test_every_non_public_address_is_refused_before_connecting(address: str) -> None:
    policy = OutboundPolicy.of([], lambda host, port: [address])
    with pytest.raises(OutboundRefusedError, match="only public addresses"):
        policy.address_for("tracker.example", 443)


def test_public_addresses_pass_and_one_bad_address_among_good_ones_fails() -> None:
    assert OutboundPolicy.of([], lambda h, p: ["140.82.112.6"]).address_for("a.example", 443) == (
        "140.82.112.6"
    )
    mixed = OutboundPolicy.of([], lambda h, p: ["140.82.112.6", "10.1.2.3"])
    with pytest.raises(OutboundRefusedError, match="private"):
        mixed.address_for("a.example", 443)


def test_operator_allows_hosts_or_networks_not_more() -> None:
    policy = OutboundPolicy.of(["jira.corp.example", "10.20.0.0/16"], lambda h, p: ["10.9.9.9"])
    assert policy.address_for("JIRA.corp.example.", 443) == "10.9.9.9"  # named host
    with pytest.raises(OutboundRefusedError):
        policy.address_for("other.corp.example", 443)
    in_network = OutboundPolicy.of(["10.20.0.0/16"], lambda h, p: ["10.20.3.4"])
    assert in_network.address_for("git.corp.example", 443) == "10.20.3.4"


def test_url_forms_https_only_without_credentials() -> None:
    policy = OutboundPolicy.of(["127.0.0.1"], lambda h, p: ["140.82.112.6"])
    for url in ("ftp://api.github.com", "https://u:p@api.github.com"):
        with pytest.raises(OutboundRefusedError):
            policy.check_url(httpx.URL(url))
    policy.check_url(httpx.URL("https://api.github.com"))
    with pytest.raises(OutboundRefusedError, match="plain http"):
        policy.address_for("api.github.com", 80, plain_http=True)
    assert OutboundPolicy.of(["127.0.0.1"], lambda h, p: ["127.0.0.1"]).address_for(
        "127.0.0.1", 8080, plain_http=True  # allowed network: http too
    ) == "127.0.0.1"
    for bad in ("http://[::1", "http://a\r\nb", "https://x.example/leak#", "https://x/a?b=1",
                "https://user:pw@x.example", "file:///etc/passwd", "https:// x.example"):
        with pytest.raises(ValueError):
            check_url_form(bad)


def test_each_request_resolves_again_and_connects_to_the_checked_address(
    standin: TrackerStandIn,
) -> None:
    port = httpx.URL(standin.url).port
    # A rebinding name: allowed loopback first, then a private address.
    policy, asked = scripted(["127.0.0.1"], ["10.0.0.7"])
    with outbound_client(policy, 5) as http:
        first = call(http, "github", "GET", f"http://tracker.example:{port}/user")
        assert first.json()["login"] == "stratalign-bot"
        with pytest.raises(OutboundRefusedError, match=r"10\.0\.0\.7"):
            call(http, "github", "GET", f"http://tracker.example:{port}/user")
    assert asked == ["tracker.example", "tracker.example"]
    [reached] = standin.calls
    assert reached.headers["Host"] == f"tracker.example:{port}"  # the name, at the checked IP


def test_redirects_are_errors_and_never_followed(standin: TrackerStandIn) -> None:
    standin.state.raw_answer = (302, {"Location": f"{standin.url}/inside"}, b"")
    policy, _ = scripted(["127.0.0.1"])
    with outbound_client(policy, 5) as http, pytest.raises(TrackerCallError) as caught:
        call(http, "jira", "GET", f"{standin.url}/rest/api/3/myself")
    assert "answered 302" in caught.value.message and "not followed" in caught.value.message
    assert [c.path for c in standin.calls] == ["/rest/api/3/myself"]


def test_errors_name_host_and_status_never_the_body(standin: TrackerStandIn) -> None:
    standin.state.raw_answer = (500, {}, b"INTERNAL-ONLY: redis at 10.0.0.1:6379, key=abc")
    policy, _ = scripted(["127.0.0.1"])
    with outbound_client(policy, 5) as http, pytest.raises(TrackerCallError) as caught:
        call(http, "github", "GET", f"{standin.url}/user")
    assert caught.value.message == "github GET 127.0.0.1/user answered 500"
    with outbound_client(policy, 5) as http, pytest.raises(OutboundRefusedError) as refused:
        call(http, "github", "GET", "http://[::1")
    assert "not a valid URL" in refused.value.message


def test_an_answer_of_the_wrong_shape_is_a_tracker_error_not_a_key_error(
    standin: TrackerStandIn,
) -> None:
    policy, _ = scripted(["127.0.0.1"])
    with outbound_client(policy, 5) as http:
        for body in (b'{"displayName": "no id"}', b"[1, 2]", b"<html>login</html>", b"null"):
            standin.state.raw_answer = (200, {}, body)
            response = call(http, "jira", "GET", f"{standin.url}/rest/api/3/myself")
            with pytest.raises(TrackerCallError, match=r"accountId|without JSON"):
                reply_field(response, "jira", "accountId")


def _self_signed(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A certificate for `name` (and its key), as a tracker's TLS server would present."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    return cert_path, key_path


def test_https_to_the_pinned_address_still_verifies_the_certificate_by_name(
    tmp_path: Path,
) -> None:
    cert, key = _self_signed(tmp_path, "tracker.example")
    server = TrackerStandIn()
    served = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    served.load_cert_chain(cert, key)
    server.server.socket = served.wrap_socket(server.server.socket, server_side=True)
    port = server.server.server_address[1]
    trusted = ssl.create_default_context(cafile=str(cert))
    with server:
        for name, ok in (("tracker.example", True), ("other.example", False)):
            policy = OutboundPolicy.of(["127.0.0.1/32"], lambda h, p: ["127.0.0.1"])
            transport = GuardedTransport(policy, httpx.HTTPTransport(verify=trusted))
            with httpx.Client(transport=transport, timeout=5) as http:
                if ok:
                    answer = call(http, "github", "GET", f"https://{name}:{port}/user")
                    assert answer.json()["login"] == "stratalign-bot"
                else:  # the same address under a name the certificate does not carry
                    with pytest.raises(TrackerCallError, match="ConnectError"):
                        call(http, "github", "GET", f"https://{name}:{port}/user")
    assert [c.headers["Host"] for c in server.calls] == [f"tracker.example:{port}"]
