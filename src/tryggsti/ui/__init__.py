"""The Textual app: screens, widgets and styles. Presentation only."""
