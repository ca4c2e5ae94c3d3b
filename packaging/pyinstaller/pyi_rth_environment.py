# PyInstaller runtime hook: runs in the frozen app before anything imports Qt or WeasyPrint.
import os
import sys
from pathlib import Path

if sys.platform.startswith("linux"):
    # The bundle carries its own fontconfig; on a machine without fontconfig's configuration
    # (/etc/fonts), point it at the bundle's, which reads the usual font folders and our fonts.
    if "FONTCONFIG_FILE" not in os.environ and not Path("/etc/fonts/fonts.conf").is_file():
        os.environ["FONTCONFIG_FILE"] = str(Path(sys._MEIPASS) / "fontconfig" / "fonts.conf")
    # The loader put the bundle's folder on LD_LIBRARY_PATH; this process has already read it,
    # and programs we start (xdg-open, a PDF viewer, a file manager) must get the system's
    # libraries, not ours. Our own render worker is this executable, whose loader adds it again.
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
