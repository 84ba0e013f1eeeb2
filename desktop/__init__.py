"""Deal Timeline: deals of the AI-infrastructure race, read from news articles."""

__version__ = "0.1.0"
