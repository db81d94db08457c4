"""The read-only Web Service other school apps (E-Rapor, school information
systems, attendance apps) pull the school's data from, with the ministry app's
names, envelope and fields so those apps work unchanged. Plain Python, no Qt."""

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 5774
