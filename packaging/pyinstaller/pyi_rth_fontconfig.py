# PyInstaller runtime hook: runs in the frozen app before anything imports Qt or WeasyPrint.
# The bundle carries its own fontconfig; on a machine without fontconfig's configuration
# (/etc/fonts), point it at the bundle's, which reads the usual font folders and our fonts.
import os
import sys
from pathlib import Path

if sys.platform.startswith("linux") and "FONTCONFIG_FILE" not in os.environ:
    if not Path("/etc/fonts/fonts.conf").is_file():
        os.environ["FONTCONFIG_FILE"] = str(Path(sys._MEIPASS) / "fontconfig" / "fonts.conf")
