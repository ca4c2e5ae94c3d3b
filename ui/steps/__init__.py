"""The guided steps, one module each, on a shared base (`base.StepPage`)."""
