"""Errors whose message is written for the person who will read it.

Anything derived from `UserFacingError` is safe to show in Slack or on the
command line as it is: one plain sentence, no traceback, no secret.
"""


class UserFacingError(Exception):
    """A failure with a message meant for the user."""


class ConfigError(UserFacingError):
    """The configuration is missing, malformed or inconsistent; the message names the setting."""


class InputError(UserFacingError):
    """A file or an option given to a skill cannot be used."""


class SkillError(UserFacingError):
    """A skill ran and could not produce a result."""
