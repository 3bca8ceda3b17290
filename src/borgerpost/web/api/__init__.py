"""The JSON API under ``/api/v1``: the same data and the same access rules as the pages."""
