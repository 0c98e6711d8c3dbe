"""``python -m supervision_app``: the command line, which starts the app with no subcommand."""

import sys

from supervision_app.cli import main

sys.exit(main())
