"""Platform adapters (Telegram, Discord, terminal) and the service entry point."""
