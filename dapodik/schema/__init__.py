"""The school's tables and the referensi, as client and centre both define them."""
