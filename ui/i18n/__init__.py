"""The app's interface in the writer's language: Qt's own translations and ours (`*.ts`, `*.qm`)."""
