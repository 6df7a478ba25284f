"""The People view: names across the library, and who said what."""
