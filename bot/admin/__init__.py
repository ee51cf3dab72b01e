"""The `supportbot` command: one module per command group, and the parser that dispatches."""
