"""The PMP offline file: its format and checks, its signing, the instruments it answers."""
