"""Understanding buyers: which language, which intent, what entities (dates, orders, people)."""
