"""Encryption at rest for tracker tokens and webhook secrets, with key rotation.

Unlike API keys, these must be read back (to call the tracker, to verify a signature), so they
are sealed with Fernet (AES-CBC plus HMAC) rather than hashed. Keys, newest first, come from
STRATALIGN_SECRET_KEY (comma-separated), else from the file STRATALIGN_SECRET_KEY_FILE names
(one key a line, `#` comments), else from `secret.key` made once (mode 0600) in the data dir:
a laptop's default, which a copy of the data dir carries along with the database. The newest key
seals; every key opens (MultiFernet), so an operator rotates by putting a new key first and
running `stratalign trackers reseal`, then dropping the old key.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from api.errors import ApiError
from checker.settings import Settings

KEY_FILE_NAME = "secret.key"
MAKE_KEY = (
    "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
)


class SealedSecretError(ApiError):
    """A stored secret cannot be opened with this server's keys, or a key is unusable."""


class Vault:
    """Seals with the newest key and opens with any of `keys`; `source` says where they came
    from, `beside_data` whether that is the data dir's default key file."""

    def __init__(self, keys: list[bytes], source: str = "", beside_data: bool = False) -> None:
        if not keys:
            raise SealedSecretError(f"{source or 'the key list'} holds no key; make one with: "
                                    f"{MAKE_KEY}")
        self.source = source
        self.beside_data = beside_data
        fernets: list[Fernet] = []
        for number, key in enumerate(keys, start=1):
            try:
                fernets.append(Fernet(key))
            except ValueError:
                raise SealedSecretError(
                    f"key {number} of {source or 'the keys'} is not a Fernet key (32 url-safe "
                    f"base64 bytes); make one with: {MAKE_KEY}"
                ) from None
        self._fernet = MultiFernet(fernets)

    @classmethod
    def from_settings(cls, settings: Settings) -> Vault:
        """The configured keys, or the data directory's key file (made on first use)."""
        if settings.secret_key is not None:
            raw = settings.secret_key.get_secret_value()
            return cls(_keys(raw.replace(",", "\n")), "STRATALIGN_SECRET_KEY")
        if settings.secret_key_file is not None:
            path = settings.secret_key_file
            try:
                text = path.read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError) as exc:
                raise SealedSecretError(
                    f"STRATALIGN_SECRET_KEY_FILE {path} cannot be read ({type(exc).__name__})"
                ) from None
            return cls(_keys(text), f"STRATALIGN_SECRET_KEY_FILE {path}")
        path = settings.data_dir / KEY_FILE_NAME
        return cls([_key_file(path)], f"key file {path}", beside_data=True)

    def seal(self, plaintext: str) -> str:
        """The secret encrypted with the newest key, as text a database column can hold."""
        return self._fernet.encrypt(plaintext.encode()).decode()

    def open(self, sealed: str) -> str:
        """The secret back; SealedSecretError when none of the keys sealed it."""
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            raise SealedSecretError(
                "a stored tracker credential cannot be decrypted with this server's secret "
                "keys; add the key it was stored with to STRATALIGN_SECRET_KEY (after the new "
                "one), or connect the tracker again"
            ) from None

    def reseal(self, sealed: str) -> str:
        """The same secret sealed again with the newest key; SealedSecretError as `open`."""
        try:
            return self._fernet.rotate(sealed.encode()).decode()
        except InvalidToken:
            raise SealedSecretError("cannot be decrypted with any configured key") from None


def _keys(text: str) -> list[bytes]:
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line.encode() for line in lines if line]


def _key_file(path: Path) -> bytes:
    # Written aside, then linked into place: a process starting at the same moment either
    # finds no file or a whole key, never half of one, and both end up with the same key.
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(Fernet.generate_key())
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_bytes().strip()
