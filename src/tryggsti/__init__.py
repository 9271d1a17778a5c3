"""tryggsti: an offline companion between therapy sessions (Seeking Safety ideas, in Norwegian)."""

from tryggsti import _start_time  # noqa: F401  (records process start as early as possible)

__version__ = "0.1.0"
