"""Headless commands. Each module registers its sub-commands; heavy imports stay inside handlers."""
