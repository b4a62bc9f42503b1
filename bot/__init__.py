"""mmbot: a multimodal Slack bot."""

__version__ = "0.1.0"
