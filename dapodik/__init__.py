"""The Dapodik core: what the desktop client (``app``) and the central server
(``server``) must agree on, and nothing else.

The school's and referensi tables, the order synced tables are applied in, the
fields the centre owns, referensi loading, the change-package format, the PMP
offline file and its signing, and the demo school both sides seed. It imports
neither ``app`` nor ``server`` nor Qt (a contract test holds that border).
"""
