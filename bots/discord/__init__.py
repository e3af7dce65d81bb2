"""The Discord adapter: discord.py slash commands, buttons and DMs in front of the service."""
