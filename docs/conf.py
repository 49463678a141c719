"""Sphinx configuration for the csto_corpus documentation."""

from importlib.metadata import version as _version

project = "csto_corpus"
author = "csto_corpus developers"
copyright = "2026, csto_corpus developers"
release = _version("csto-corpus")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "myst_parser",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
html_theme = "furo"
autodoc_typehints = "description"
autodoc_member_order = "bysource"
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = True
exclude_patterns = ["_build"]

# CI has no network, so intersphinx inventories of other projects cannot be fetched there;
# names from the standard library and dependencies are left unresolved rather than failing.
nitpick_ignore_regex = [
    (r"py:.*", r"(os|pathlib|collections\.abc|datetime|re|typing|cattrs(\.\w+)*|attrs)\..*"),
]
