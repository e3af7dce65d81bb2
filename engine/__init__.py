"""The interview engine: roles, the interview state machine, persona, feedback and ports."""
