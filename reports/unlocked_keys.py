"""Signing keys held unlocked for a while, in the memo helper process only.

Unlocking a PKCS#12 identity costs a key validation of ~120-200 ms, and the official would
type the passphrase again for every memo. The helper keeps each identity it unlocked for the
time the official set (IssueMemo.keep_unlocked_s), then forgets it; also on "Lock signing
keys" and when the helper ends (the window closes). Nothing here leaves the process: the
window learns only who is unlocked and for how long (memo_protocol.UnlockedKey).

Per identity: each is found by kind, path and certificate fingerprint (IdentityRef), so
identities with passphrases of their own, or keys on a PKCS#11 token, fit beside each other.
Python cannot wipe memory: forgetting drops every reference the helper holds to the key.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from reports.identity import SigningIdentity
from reports.memo_protocol import MAX_KEEP_UNLOCKED_S, IdentityRef, UnlockedKey


@dataclass(frozen=True)
class _Held:
    identity: SigningIdentity
    ref: IdentityRef  # with the certificate's fingerprint
    until: float  # on the clock below


class UnlockedKeys:
    """The identities held unlocked; safe to use from the helper's request loop and from the
    timer that forgets them on time."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._held: dict[tuple[str, str, str], _Held] = {}
        self._lock = threading.Lock()

    def hold(self, ref: IdentityRef, identity: SigningIdentity, seconds: int) -> IdentityRef:
        """Keep `identity`, unlocked from `ref`, for `seconds` (0 or less: not at all); any key
        held from the same file before (another identity since) is forgotten. Returns the
        reference that finds it again (with its fingerprint)."""
        held_ref = IdentityRef(ref.path, identity.fingerprint, ref.kind)
        seconds = min(seconds, MAX_KEEP_UNLOCKED_S)
        with self._lock:
            for key in [k for k in self._held if k[:2] == (ref.kind, ref.path)]:
                del self._held[key]
            if seconds > 0:
                self._held[held_ref.cache_key()] = _Held(
                    identity, held_ref, self._clock() + seconds
                )
        return held_ref

    def get(self, ref: IdentityRef) -> SigningIdentity | None:
        """The identity held for `ref` and not yet due to be forgotten; without a fingerprint,
        the one held from that file."""
        self.forget_expired()
        with self._lock:
            if ref.fingerprint:
                held = self._held.get(ref.cache_key())
            else:
                found = [h for k, h in self._held.items() if k[:2] == (ref.kind, ref.path)]
                held = found[0] if len(found) == 1 else None
        return held.identity if held is not None else None

    def forget_all(self) -> bool:
        """Forget every key; whether any was held."""
        with self._lock:
            had = bool(self._held)
            self._held.clear()
        return had

    def forget_expired(self) -> bool:
        """Forget the keys whose time is up; whether any was."""
        now = self._clock()
        with self._lock:
            due = [key for key, held in self._held.items() if held.until <= now]
            for key in due:
                del self._held[key]
        return bool(due)

    def seconds_to_next_expiry(self) -> float | None:
        with self._lock:
            if not self._held:
                return None
            return max(0.0, min(h.until for h in self._held.values()) - self._clock())

    def state(self) -> tuple[UnlockedKey, ...]:
        """Who is held unlocked, and for how many more seconds (rounded up)."""
        now = self._clock()
        with self._lock:
            held = sorted(self._held.values(), key=lambda h: h.until)
        return tuple(
            UnlockedKey(h.ref, h.identity.name, h.identity.role, max(0, math.ceil(h.until - now)))
            for h in held
        )
