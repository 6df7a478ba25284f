"""Qt-free core of Qari: everything the CLI, the GUI and the tests share."""
