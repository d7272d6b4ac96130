"""export package (pure Python, no Qt)."""
