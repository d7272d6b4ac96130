"""measure package (pure Python, no Qt)."""
