"""Everything that is not UI: domain models, safe TinyDB storage, self-check content
and scoring, search and Markdown export. Nothing in this package imports textual."""
