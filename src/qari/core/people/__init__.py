"""People, organisations and places across the library: names linked across articles."""
