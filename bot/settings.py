"""Typed settings, built once; the only reader of the environment."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    """Per-user data folder: $XDG_DATA_HOME/supportbot, else ~/.local/share/supportbot."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "supportbot"


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'supportbot.sqlite3'}"


class Settings(BaseSettings):
    """Everything configurable, from SUPPORTBOT_* variables (or a .env file)."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_", env_file=".env", extra="ignore")

    database_url: SecretStr = Field(default_factory=lambda: SecretStr(default_database_url()))
    locales_dir: Path = REPO_ROOT / "locales"
    catalog_dir: Path = REPO_ROOT / "storage" / "catalog"
    languages: list[str] = ["en", "de", "fi", "es", "nb"]
    reference_language: str = "en"
    admin_language: str = "en"
    slots_offered: int = 6
    booking_horizon_days: int = 21
    transcript_in_escalation: int = 12
    max_message_chars: int = 4000

    @field_validator("languages")
    @classmethod
    def _languages_not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one language is needed")
        return value


def load_settings() -> Settings:
    return Settings()
