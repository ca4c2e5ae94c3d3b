"""`python -m ui [PATH]` starts the desktop app."""

from ui.app import main

raise SystemExit(main())
