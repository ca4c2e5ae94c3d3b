"""The app's session services around a document, not part of the export pipeline.

- `locking`: the lock file beside an open document, and `FileStamp` for changes
  made by other programs;
- `recovery`: snapshots of unsaved work and what each would bring back;
- `versions`: the last versions of each file, kept before a save replaces them;
- `processes`: whether the process that wrote a lock or snapshot still runs;
- `userdirs`: the per-user data folder where snapshots and versions live.

The desktop app uses these; of the CLI, only `import --into` does (it keeps a
version and respects a lock, as the app does); the renderers never import them.
"""
