"""One module per Textual screen. Screens read and write through `self.app.store` and
translate through `self.app.t`; they never import `tui` (imports point tui → screens → store).
"""
