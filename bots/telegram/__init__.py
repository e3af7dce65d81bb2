"""The Telegram adapter: python-telegram-bot in front of the interview service."""
