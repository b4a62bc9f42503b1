"""Local stand-ins for the services mmbot talks to, on loopback: the tests use them, and
`mmbot demo` shows the bot working with them on a machine with no network."""
