"""Letters to recipients: the mail-merge dialog, its rows model and the send form."""
