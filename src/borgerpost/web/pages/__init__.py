"""Server-rendered Danish pages, one module per area."""
