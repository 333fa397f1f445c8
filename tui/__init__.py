"""The Textual application, its command line, i18n tables and styles.

Importing this package imports nothing heavy: the command line's `export` and `search`
paths never load textual.
"""
