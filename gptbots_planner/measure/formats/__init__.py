"""Low-level readers of container and frame formats (pure Python, no third-party library).

Each module reads one format's headers or frame stream from bytes or a file and raises its
own ``ValueError`` subclass for damaged input; the ``images`` / ``audio`` measurers turn
those into error rows.  Nothing here knows about ``Measurement``.
"""
