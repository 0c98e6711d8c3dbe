"""``python -m supervision_app.cli``: the command line, as the installed command runs it."""

import sys

from supervision_app.cli import main

sys.exit(main())
