"""What a model call cost, from the per-model price table in the provider's settings."""

from bot.config import ProviderSettings
from bot.providers.types import Usage


def cost_usd(settings: ProviderSettings, model: str, usage: Usage) -> float | None:
    """US dollars for `usage`, or None when the model has no price (local engines cost 0)."""
    price = settings.prices.get(model)
    if price is None:
        return 0.0 if settings.kind.startswith("local-") else None
    return (usage.tokens_in * price.input + usage.tokens_out * price.output) / 1_000_000


def estimate_tokens(texts: list[str], image_tokens: int, max_output: int) -> int:
    """A before-the-call estimate for the token limiter: about four characters a token,
    plus the images and the most the reply may use (providers count that too)."""
    return sum(len(text) for text in texts) // 4 + image_tokens + max_output
