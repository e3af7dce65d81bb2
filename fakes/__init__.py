"""Loopback fakes of the outside world for tests and benches (Telegram, Discord, Groq, audio)."""
