import sys

from qari.cli import main

sys.exit(main())
