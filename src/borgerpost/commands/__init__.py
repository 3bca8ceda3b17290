"""Sub-command groups of the ``borgerpost`` CLI, one module per area."""
