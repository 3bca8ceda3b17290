"""The web app: server-rendered Danish pages and the JSON API, built by ``create_app``."""
