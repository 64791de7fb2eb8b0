"""The chat model named in settings (`THERASCRIBE_CHAT_MODEL`), for the scribe's prose and the
assistant's agent alike: a local Ollama server or any OpenAI-compatible endpoint the clinic runs."""

from typing import TYPE_CHECKING

from core.config import Settings

# langchain is imported when a model is made, not when this module is (about a second, and most
# clinics configure none): the web app imports this for every request's settings.
if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


def model_from_settings(settings: Settings) -> "BaseChatModel | None":
    """The configured chat model, or None (the offline drafter does the whole job)."""
    if not settings.chat_model:
        return None
    provider, _, name = settings.chat_model.partition(":")
    if not name:
        raise ValueError("THERASCRIBE_CHAT_MODEL is 'ollama:MODEL' or 'openai:MODEL'")
    if provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=name, base_url=settings.chat_base_url or None, temperature=0)
    if provider == "openai":
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        return ChatOpenAI(
            model=name,
            base_url=settings.chat_base_url or None,
            api_key=SecretStr(settings.chat_api_key or "not-needed"),
            temperature=0,
            timeout=60,
        )
    raise ValueError(f"unknown chat model provider {provider!r}; use ollama or openai")
