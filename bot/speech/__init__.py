"""Speech to text over the router: chunked transcription of long media, Chinese script choice."""
