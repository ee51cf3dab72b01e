"""Typed settings, built once; the only reader of the environment."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    """Per-user data folder: $XDG_DATA_HOME/supportbot, else ~/.local/share/supportbot."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "supportbot"


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'supportbot.sqlite3'}"


def _vendor(name: str, default: str | None = None) -> Any:
    return Field(default=default, validation_alias=AliasChoices(f"SUPPORTBOT_{name}", name))


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
    booking_horizon_days: int = 21
    transcript_in_escalation: int = 12
    transcript_retention_days: int = 365  # older chat messages are purged by the housekeeping job
    max_message_chars: int = 4000

    # Serving the channels (HTTP endpoints bind here; put a TLS proxy in front in production).
    host: str = "127.0.0.1"
    port: int = 3000
    # Slack, under the names Slack's own documentation uses (SUPPORTBOT_SLACK_* works too).
    slack_bot_token: SecretStr | None = _vendor("SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = _vendor("SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = _vendor("SLACK_APP_TOKEN")
    slack_api_base_url: str = _vendor("SLACK_API_BASE_URL", "https://slack.com/api/")
    # Telegram, likewise (TELEGRAM_API_BASE_URL: a self-hosted Bot API server, or a test one).
    telegram_bot_token: SecretStr | None = _vendor("TELEGRAM_BOT_TOKEN")
    telegram_webhook_secret: SecretStr | None = _vendor("TELEGRAM_WEBHOOK_SECRET")
    telegram_api_base_url: str = _vendor("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot")
    telegram_bot_username: str | None = _vendor("TELEGRAM_BOT_USERNAME")

    @field_validator("languages")
    @classmethod
    def _languages_not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one language is needed")
        return value


def load_settings() -> Settings:
    return Settings()
