"""Users' stored profiles (language, voice replies, time zone), cached per process."""

from __future__ import annotations

from dataclasses import replace

from cachetools import LRUCache

from engine.database import Database
from engine.languages import ENGLISH
from engine.ports import InterviewRepository, UserKey, UserProfile

CACHE_SIZE = 10_000


class Profiles:
    """Read-through cache of profiles; every write goes through it, so it never goes stale.

    With replicas, each turn forgets the user's entry first (see ``EntryPoint``).
    """

    def __init__(self, repository: InterviewRepository, database: Database) -> None:
        """Profiles stored through ``repository``."""
        self.repository = repository
        self.database = database
        self._cache: LRUCache[UserKey, UserProfile] = LRUCache(CACHE_SIZE)

    async def get(
        self, key: UserKey, display_name: str = "", language: str | None = None
    ) -> UserProfile:
        """The user's profile, created on first contact (speaking ``language``: the one their
        platform names, else English)."""
        profile = self._cache.get(key)
        if profile is None:
            profile = await self.database.call(
                self.repository.get_or_create_user, key, display_name, language or ENGLISH
            )
            self._cache[key] = profile
        return profile

    async def change(
        self,
        key: UserKey,
        *,
        voice: bool | None = None,
        language: str | None = None,
        timezone: str | None = None,
    ) -> UserProfile:
        """Store changed preferences (None keeps a preference as it is)."""
        profile = await self.get(key)
        profile = replace(
            profile,
            voice_replies=profile.voice_replies if voice is None else voice,
            language=profile.language if language is None else language,
            timezone=profile.timezone if timezone is None else timezone,
        )
        await self.database.call(self.repository.update_user, profile)
        self._cache[key] = profile
        return profile

    def forget(self, key: UserKey) -> None:
        """Drop the cached profile (the user was deleted, or another replica may change it)."""
        self._cache.pop(key, None)
