"""Encryption at rest for tracker tokens and webhook secrets.

Unlike API keys, these must be read back (to call the tracker, to verify a signature), so they
are sealed with Fernet (AES-CBC plus HMAC) rather than hashed. The key comes from
STRATALIGN_SECRET_KEY or, when unset, a key file made once under the data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from api.errors import ApiError
from checker.settings import Settings

KEY_FILE_NAME = "secret.key"


class SealedSecretError(ApiError):
    """A stored secret cannot be opened with this server's key."""


class Vault:
    """Seals and opens short secrets with one Fernet key."""

    def __init__(self, key: bytes) -> None:
        try:
            self._fernet = Fernet(key)
        except ValueError:
            raise SealedSecretError(
                "STRATALIGN_SECRET_KEY is not a Fernet key (32 url-safe base64 bytes); "
                "make one with: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'"
            ) from None

    @classmethod
    def from_settings(cls, settings: Settings) -> Vault:
        """The configured key, or the data directory's key file (made on first use)."""
        if settings.secret_key is not None:
            return cls(settings.secret_key.get_secret_value().encode())
        return cls(_key_file(settings.data_dir / KEY_FILE_NAME))

    def seal(self, plaintext: str) -> str:
        """The secret encrypted, as text a database column can hold."""
        return self._fernet.encrypt(plaintext.encode()).decode()

    def open(self, sealed: str) -> str:
        """The secret back; SealedSecretError when another key sealed it."""
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            raise SealedSecretError(
                "a stored tracker credential cannot be decrypted with this server's secret key; "
                "set STRATALIGN_SECRET_KEY to the key it was stored with, or store it again"
            ) from None


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
