"""`python -m ui [PATH]` starts the desktop app."""

from ui.launcher import main

raise SystemExit(main())
