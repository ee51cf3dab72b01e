"""One turn of the conversation, and nothing that knows a capability or a channel by name."""
