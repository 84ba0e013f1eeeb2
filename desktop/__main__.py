"""`python -m desktop` behaves like the `deal-timeline` command."""

import sys

from desktop.cli.main import main

sys.exit(main())
