"""core package (pure Python, no Qt)."""
