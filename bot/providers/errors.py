"""How a model call fails, split into what is worth retrying and what is not.

`str(error)` is one plain sentence for the person in Slack; the technical reason
stays in `error.detail` for the audit log.
"""

from bot.errors import UserFacingError


class ProviderError(UserFacingError):
    retryable = False
    user_message = "The model provider could not handle this request."

    def __init__(self, detail: str, *, provider: str = "", status: int | None = None) -> None:
        super().__init__(self.user_message)
        self.detail = detail
        self.provider = provider
        self.status = status


class RetryableError(ProviderError):
    retryable = True


class RateLimited(RetryableError):
    user_message = "The model provider is busy right now (rate limited); try again in a minute."

    def __init__(self, detail: str, *, retry_after: float | None = None, **kwargs) -> None:
        super().__init__(detail, **kwargs)
        self.retry_after = retry_after


class ServerFailed(RetryableError):
    user_message = "The model provider had an internal error; try again shortly."


class TimedOut(RetryableError):
    user_message = "The model provider did not answer in time; try again, or with a smaller file."


class ConnectionDropped(RetryableError):
    user_message = "The connection to the model provider dropped; try again shortly."


class BadRequest(ProviderError):
    user_message = "The model provider rejected the request as invalid."


class AuthFailed(ProviderError):
    user_message = (
        "The model provider refused mmbot's credentials; an admin should check the API key."
    )


class ModelNotFound(ProviderError):
    user_message = "The configured model does not exist at the provider; an admin should check it."


class ContentRefused(ProviderError):
    user_message = "The model provider refused this content under its usage policy."


class InvalidImage(ProviderError):
    user_message = "The model provider could not read this image; try a PNG or JPEG."


class InvalidOutput(ProviderError):
    user_message = "The model's answer was not in the expected format, even after one repair."

    def __init__(self, detail: str, *, output: str = "", **kwargs) -> None:
        super().__init__(detail, **kwargs)
        self.output = output


class NotConfigured(ProviderError):
    """Missing or wrong settings; the message names the setting, which is what an admin needs."""

    def __init__(self, detail: str, **kwargs) -> None:
        self.user_message = detail
        super().__init__(detail, **kwargs)


class TooLarge(ProviderError):
    user_message = "These images are too large for one model call; send fewer or smaller images."


class AllProvidersFailed(ProviderError):
    """Every provider in the chain failed; the message names each and why."""

    def __init__(self, capability: str, failures: list[tuple[str, ProviderError]]) -> None:
        tried = "; ".join(f"{name}: {error.user_message}" for name, error in failures)
        self.user_message = (
            f"No {capability} model could answer. Tried {tried}"
            if failures
            else f"No {capability} model is available."
        )
        details = "; ".join(f"{name}: {error.detail}" for name, error in failures)
        super().__init__(f"every {capability} provider failed ({details})")
        self.failures = failures
        last = failures[-1][1] if failures else None
        self.retryable = bool(last and last.retryable)
