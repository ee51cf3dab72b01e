"""Typed settings, built once; the only reader of the environment."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    """Per-user data folder: $XDG_DATA_HOME/supportbot, else ~/.local/share/supportbot."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "supportbot"


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'supportbot.sqlite3'}"


def vendor_name(name: str) -> AliasChoices:
    """A setting under a vendor's own name (`SLACK_BOT_TOKEN`), or with our prefix."""
    return AliasChoices(f"SUPPORTBOT_{name}", name)


class Settings(BaseSettings):
    """Everything configurable, from SUPPORTBOT_* variables (or a .env file)."""

    model_config = SettingsConfigDict(
        env_prefix="SUPPORTBOT_", env_file=".env", extra="ignore", populate_by_name=True
    )

    database_url: SecretStr = Field(default_factory=lambda: SecretStr(default_database_url()))
    locales_dir: Path = REPO_ROOT / "locales"
    catalog_dir: Path = REPO_ROOT / "storage" / "catalog"
    languages: list[str] = ["en", "de", "fi", "es", "nb"]
    reference_language: str = "en"
    admin_language: str = "en"
    admin_contact: str | None = None  # a staff handle, told when an edit of the texts is refused
    slots_offered: int = 6
    booking_horizon_days: int = 21  # how far ahead times are offered when no day is named
    booking_max_days: int = 365  # how far ahead a named day can be booked (within the contract)
    booking_lead_days: int = 1  # the first bookable day, unless a meeting type sets its own
    case_quiet_seconds: int = 120  # a staff answer this recent: no "sent to" for the reply
    transcript_in_escalation: int = 12
    transcript_retention_days: int = 365  # older chat messages are purged by the housekeeping job
    max_message_chars: int = 4000

    # Serving the channels (HTTP endpoints bind here; put a TLS proxy in front in production).
    host: str = "127.0.0.1"
    port: int = 3000

    @field_validator("languages")
    @classmethod
    def _languages_not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one language is needed")
        return value


def load_settings() -> Settings:
    return Settings()
