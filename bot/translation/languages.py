"""Language codes as Whisper reports them (ISO 639-1), their English names, and what
users type for them: `fr`, `French`, `zh-TW`, `pt-BR`."""

from dataclasses import dataclass

from bot.errors import InputError

NAMES: dict[str, str] = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fil": "Filipino", "fr": "French", "ga": "Irish", "gl": "Galician", "gu": "Gujarati",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian",
    "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
    "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean",
    "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "my": "Burmese",
    "ne": "Nepali", "nl": "Dutch", "no": "Norwegian", "pa": "Punjabi", "pl": "Polish",
    "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "si": "Sinhala",
    "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
    "yue": "Cantonese", "zh": "Chinese",
}  # fmt: skip
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "farsi": "fa", "mandarin": "zh"}
_TRADITIONAL_REGIONS = {"tw", "hk", "mo", "hant"}
_SIMPLIFIED_REGIONS = {"cn", "sg", "hans"}


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    #: For Chinese: "hans" or "hant" when the tag asked for one (`zh-TW`, `zh-Hans`).
    script: str | None = None


def language(text: str) -> Language:
    """The language a user named by code, tag or English name; InputError when unknown."""
    tag = text.strip().lower().replace("_", "-")
    base, _, region = tag.partition("-")
    code = _ALIASES.get(base, base)
    if code not in NAMES:
        by_name = {name.lower(): key for key, name in NAMES.items()}
        code = by_name.get(tag) or _ALIASES.get(tag) or ""
    if not code:
        raise InputError(
            f"I do not know the language {text!r}: use a code such as en, fr, de, es, zh or ja"
        )
    script = None
    if code == "zh" and region in _TRADITIONAL_REGIONS:
        script = "hant"
    elif code == "zh" and region in _SIMPLIFIED_REGIONS:
        script = "hans"
    return Language(code, NAMES[code], script)


def name_of(code: str | None) -> str:
    """`French` for `fr`; the code itself when it is not in the table; `unknown` for None."""
    if not code:
        return "unknown"
    return NAMES.get(code.lower().split("-")[0], code)
