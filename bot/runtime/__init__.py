"""A running bot: serving the channels, delivering the outbox, periodic jobs, the terminal."""
