"""The deterministic demo schools that the client and the centre both seed."""
