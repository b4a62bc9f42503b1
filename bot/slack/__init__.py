"""Slack-facing pieces: the app manifest now; download, upload, progress and Block Kit later."""
