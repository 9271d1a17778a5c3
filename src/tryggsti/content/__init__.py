"""Reading and checking content files: TOML in, typed domain objects out; nothing is executed."""
