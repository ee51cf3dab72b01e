"""What the bot says (Fluent) and knows from files: loading, checking, reloading."""
