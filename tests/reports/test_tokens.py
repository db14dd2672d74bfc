"""Reading pkcs11: URIs (RFC 7512): which attributes choose the token and the key, and which
are refused (reports/tokens.py). The signing itself is tested on SoftHSM2 in
tests/cli/test_token_signing.py."""

from __future__ import annotations

import pytest

from reports.identity import IdentityError
from reports.tokens import MODULE_ENV, module_path, parse_token_uri, token_uri


def test_the_uri_attributes_we_read_are_percent_decoded_rfc_7512_section_2_3() -> None:
    ref = parse_token_uri("pkcs11:token=Ministry%20card;serial=A1;manufacturer=ACME;model=X;"
                          "object=Ana%20L;id=%01%FF;type=cert?module-path=/opt/p11.so")
    assert (ref.token, ref.serial, ref.manufacturer, ref.model) == ("Ministry card", "A1",
                                                                    "ACME", "X")
    assert (ref.label, ref.key_id, ref.module_path) == ("Ana L", b"\x01\xff", "/opt/p11.so")


def test_a_uri_written_by_us_reads_back() -> None:
    ref = parse_token_uri(token_uri("Card; 1", "Élodie=M", b"\x00\x10"))
    assert (ref.token, ref.label, ref.key_id) == ("Card; 1", "Élodie=M", b"\x00\x10")


@pytest.mark.parametrize("uri, problem", [
    ("pkcs11:token=T;object=k;pin-value=1234", "a PIN in the URI (pin-value) is refused"),
    ("pkcs11:token=T;object=k?pin-source=file:/tmp/pin", "a PIN in the URI (pin-source)"),
    ("pkcs11:token=T;slot-id=1;object=k", "attribute 'slot-id' is not one we read"),
    ("pkcs11:token=T;object=k;object=j", "attribute 'object' is given twice"),
    ("pkcs11:token=T", "name the key with object=LABEL"),
    ("pkcs11:token=T;object=k;type=secret-key", "type=secret-key is not a key pair's object"),
])
def test_an_attribute_that_could_choose_another_key_or_hold_a_pin_is_refused(
        uri: str, problem: str) -> None:
    with pytest.raises(IdentityError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse_token_uri(uri)


def test_a_pin_in_the_uri_is_never_repeated_in_the_message() -> None:
    with pytest.raises(IdentityError) as refused:
        parse_token_uri("pkcs11:token=T;object=k?pin-value=secret-4711")
    assert "secret-4711" not in str(refused.value)


def test_the_module_comes_from_the_uri_then_the_option_then_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODULE_ENV, "/env/p11.so")
    with_path = parse_token_uri("pkcs11:object=k?module-path=/uri/p11.so")
    assert module_path(with_path, "/option/p11.so") == "/uri/p11.so"
    assert module_path(parse_token_uri("pkcs11:object=k"), "/option/p11.so") == "/option/p11.so"
    assert module_path(parse_token_uri("pkcs11:object=k")) == "/env/p11.so"
    monkeypatch.delenv(MODULE_ENV)
    assert module_path(parse_token_uri("pkcs11:object=k")).endswith("p11-kit-proxy.so")
