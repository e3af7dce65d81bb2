"""The Discord adapter: slash commands, buttons and DMs turned into events for the engine."""
